package io.mandi.rfq;

import java.util.List;

/** Port: scores a request's open quotes (implemented by rules). */
public interface QuoteScoringPolicy {

  /** A score per quote, best first. */
  List<QuoteScore> score(List<QuoteFacts> quotes);
}
