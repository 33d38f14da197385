package io.mandi.payment;

import io.mandi.ledger.EscrowStatus;
import io.mandi.money.IndianFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What became of the money a buyer paid for an order, from the ledger: held, and if settled, how
 * much went back to the buyer and what the seller was paid after commission.
 *
 * @param paid what the buyer paid into escrow
 * @param refunded what went back to the buyer (0 while held or when released)
 * @param commission Mandi's commission on what the seller was paid
 * @param sellerNet what the seller was paid
 * @param inspectionEnds while delivered and held: when the money is released unless disputed
 */
public record EscrowStatement(
    BigDecimal paid,
    EscrowStatus status,
    BigDecimal refunded,
    BigDecimal commission,
    BigDecimal sellerNet,
    Instant inspectionEnds) {
  /** The statement in words for the buyer ({@code toBuyer}) or for the seller and operations. */
  public String describe(boolean toBuyer) {
    String you = toBuyer ? "you" : "the buyer";
    return switch (status) {
      case HELD ->
          rupees(paid)
              + " paid and held in escrow: the seller is paid only once "
              + you
              + (toBuyer ? " have" : " has")
              + " the goods"
              + (inspectionEnds == null
                  ? "."
                  : ". It is released on "
                      + IndianFormat.time(inspectionEnds)
                      + " unless "
                      + you
                      + (toBuyer ? " confirm receipt or raise" : " confirms receipt or raises")
                      + " a dispute before then.");
      case RELEASED ->
          rupees(paid)
              + " paid; released to the seller: "
              + rupees(sellerNet)
              + " after Mandi's commission of "
              + rupees(commission)
              + ".";
      case REFUNDED -> rupees(paid) + " paid; all of it refunded to " + you + ".";
      case REVERSED -> rupees(paid) + " paid; the payment gateway reversed the payment.";
      case SPLIT ->
          rupees(paid)
              + " paid; after the dispute "
              + rupees(refunded)
              + " was refunded to "
              + you
              + " and the seller was paid "
              + rupees(sellerNet)
              + " after Mandi's commission of "
              + rupees(commission)
              + ".";
    };
  }

  private static String rupees(BigDecimal amount) {
    return IndianFormat.rupees(amount);
  }
}
