package io.mandi.recovery.rules;

import io.mandi.recovery.Remedy;

/** What one rule proposes; the first proposal, by salience, is the decision. */
public record RemedyProposal(Remedy remedy, String rule, String explanation) {}
