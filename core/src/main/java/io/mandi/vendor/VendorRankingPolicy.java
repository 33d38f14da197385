package io.mandi.vendor;

import java.util.List;

/** Port: ranks the vendors that could serve an order (implemented by rules). */
public interface VendorRankingPolicy {

  /** Every candidate, eligible ones first from best to worst, then the skipped ones. */
  List<VendorRanking> rank(List<VendorCandidate> candidates);
}
