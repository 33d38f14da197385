package io.mandi.task.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.process.UserTasks;
import io.mandi.recommendation.process.PriceChangeApprovalProcess;
import io.mandi.rfq.process.RfqNegotiationProcess;
import io.mandi.ruleset.process.RulePublishApprovalProcess;
import io.mandi.task.EngineRun;
import io.mandi.task.NewTask;
import io.mandi.task.TaskInboxService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts every user task the engine opens into the inbox, under the kind its model names in the
 * {@code taskKind} header; the capability that declares the kind does the rest. The job stays
 * activated (not completed) until a person decides; a long timeout keeps it ours, and if it does
 * time out the engine hands it out again and the inbox row just gets the new job key.
 */
@Component
public class UserTaskWorker {
  static final long JOB_TIMEOUT_MS = 30L * 24 * 60 * 60 * 1000;

  private final TaskInboxService inbox;
  private final EngineRun engineRun;
  private final Clock clock;

  UserTaskWorker(TaskInboxService inbox, EngineRun engineRun, Clock clock) {
    this.inbox = inbox;
    this.engineRun = engineRun;
    this.clock = clock;
  }

  @JobWorker(
      type = UserTasks.JOB_TYPE,
      autoComplete = false,
      timeout = JOB_TIMEOUT_MS,
      fetchVariables = {
        OrderLifecycleProcess.Variables.ORDER_ID,
        RfqNegotiationProcess.Variables.RFQ_ID,
        RfqNegotiationProcess.Variables.QUOTE_ID,
        PriceChangeApprovalProcess.Variables.PRICE_CHANGE_ID,
        RulePublishApprovalProcess.Variables.RULE_SET,
        RulePublishApprovalProcess.Variables.RULE_VERSION
      })
  public void openTask(ActivatedJob job) {
    Map<String, String> headers = job.getCustomHeaders();
    String kind = headers.get(UserTasks.HEADER_TASK_KIND);
    if (kind == null || kind.isBlank()) {
      throw new IllegalStateException(
          "User task " + job.getElementId() + " has no " + UserTasks.HEADER_TASK_KIND + " header");
    }
    Map<String, Object> variables = job.getVariablesAsMap();
    inbox.open(
        new NewTask(
            engineRun,
            job.getElementInstanceKey(),
            job.getKey(),
            job.getProcessInstanceKey(),
            job.getBpmnProcessId(),
            kind,
            firstCandidateGroup(headers.get(UserTasks.HEADER_CANDIDATE_GROUPS)),
            headers.get(UserTasks.HEADER_ASSIGNEE),
            dueAt(headers.get(UserTasks.HEADER_DUE_DATE)),
            id(variables.get(OrderLifecycleProcess.Variables.ORDER_ID)),
            clock.instant(),
            id(variables.get(RfqNegotiationProcess.Variables.RFQ_ID)),
            id(variables.get(RfqNegotiationProcess.Variables.QUOTE_ID)),
            id(variables.get(PriceChangeApprovalProcess.Variables.PRICE_CHANGE_ID)),
            (String) variables.get(RulePublishApprovalProcess.Variables.RULE_SET),
            number(variables.get(RulePublishApprovalProcess.Variables.RULE_VERSION))));
  }

  private static Long id(Object variable) {
    return variable == null ? null : ((Number) variable).longValue();
  }

  private static Integer number(Object variable) {
    return variable == null ? null : ((Number) variable).intValue();
  }

  /** The header is a JSON array of strings; our models give each task one group. */
  static String firstCandidateGroup(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String inner = header.strip().replaceAll("^\\[|]$", "").strip();
    if (inner.isEmpty()) {
      return null;
    }
    return inner.split(",")[0].strip().replaceAll("^\"|\"$", "");
  }

  private static Instant dueAt(String header) {
    return header == null || header.isBlank()
        ? null
        : ZonedDateTime.parse(header, DateTimeFormatter.ISO_DATE_TIME).toInstant();
  }
}
