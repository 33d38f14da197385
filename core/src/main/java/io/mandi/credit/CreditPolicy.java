package io.mandi.credit;

/** Port: the credit rules (implemented by the rules module). */
public interface CreditPolicy {

  CreditDecision decide(CreditFacts facts);
}
