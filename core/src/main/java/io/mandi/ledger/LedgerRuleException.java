package io.mandi.ledger;

/** The movement was refused: nothing was written. */
public class LedgerRuleException extends RuntimeException {
  public LedgerRuleException(String message) {
    super(message);
  }
}
