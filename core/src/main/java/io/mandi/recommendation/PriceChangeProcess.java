package io.mandi.recommendation;

/** Port: starts the approval of a large price change in the engine (the workers module). */
public interface PriceChangeProcess {

  void approvalNeeded(long priceChangeId);
}
