package io.mandi.ruleset.process;

/**
 * Names in rule-publish-approval.bpmn that code refers to; the contract test keeps them in sync.
 */
public final class RulePublishApprovalProcess {
  public static final String PROCESS_ID = "rule-publish-approval";
  public static final String RESOURCE = "bpmn/rule-publish-approval.bpmn";

  public static final String MESSAGE_APPROVAL_NEEDED = "rule-publish-approval-needed";

  public static final String USER_TASK_APPROVE_PUBLICATION = "UserTask_ApprovePublication";

  /** Process variables. */
  public static final class Variables {
    public static final String RULE_SET = "ruleSet";
    public static final String RULE_VERSION = "ruleVersion";

    private Variables() {}
  }

  private RulePublishApprovalProcess() {}
}
