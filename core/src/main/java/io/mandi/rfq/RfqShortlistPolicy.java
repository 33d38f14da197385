package io.mandi.rfq;

import java.util.List;

/** Port: picks the sellers to invite to a request (implemented by rules). */
public interface RfqShortlistPolicy {

  /** Every candidate; the invited ones first, best first, at most {@code maxInvited} of them. */
  List<ShortlistEntry> shortlist(List<RfqCandidate> candidates, int maxInvited);
}
