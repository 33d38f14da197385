package io.mandi.ruleset;

/** Port: starts a second admin's approval of a rule set version (the workers module). */
public interface RulePublishProcess {

  /**
   * @param requestKey unique for this request for approval: a version sent back to draft and asked
   *     again is a new request
   */
  void approvalNeeded(String ruleSet, int version, String requestKey);
}
