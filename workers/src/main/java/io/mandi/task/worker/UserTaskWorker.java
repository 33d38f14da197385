package io.mandi.task.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.process.UserTasks;
import io.mandi.task.NewTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import io.mandi.vendor.process.VendorAssignmentProcess;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts every user task the engine opens into the inbox. The job stays activated (not completed)
 * until a person decides; a long timeout keeps it ours, and if it does time out the engine hands it
 * out again and the inbox row just gets the new job key.
 */
@Component
public class UserTaskWorker {
  static final long JOB_TIMEOUT_MS = 30L * 24 * 60 * 60 * 1000;

  private static final Map<String, TaskKind> KINDS =
      Map.of(
          VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE, TaskKind.SELLER_ACCEPTANCE,
          VendorAssignmentProcess.USER_TASK_PICK_VENDOR, TaskKind.VENDOR_ESCALATION,
          OrderLifecycleProcess.USER_TASK_APPROVE_CREDIT, TaskKind.CREDIT_APPROVAL,
          OrderLifecycleProcess.USER_TASK_READY_TO_SHIP, TaskKind.READY_TO_SHIP,
          EscrowProcess.USER_TASK_SELLER_DISPUTE_RESPONSE, TaskKind.DISPUTE_RESPONSE,
          EscrowProcess.USER_TASK_MEDIATE_DISPUTE, TaskKind.DISPUTE_MEDIATION);

  private final TaskInboxService inbox;
  private final OrderStatusService statuses;
  private final OrderNotificationService notifications;
  private final Clock clock;

  UserTaskWorker(
      TaskInboxService inbox,
      OrderStatusService statuses,
      OrderNotificationService notifications,
      Clock clock) {
    this.inbox = inbox;
    this.statuses = statuses;
    this.notifications = notifications;
    this.clock = clock;
  }

  @JobWorker(
      type = UserTasks.JOB_TYPE,
      autoComplete = false,
      timeout = JOB_TIMEOUT_MS,
      fetchVariables = OrderLifecycleProcess.Variables.ORDER_ID)
  public void openTask(ActivatedJob job) {
    TaskKind kind = KINDS.get(job.getElementId());
    if (kind == null) {
      throw new IllegalStateException("No inbox form for user task " + job.getElementId());
    }
    Map<String, String> headers = job.getCustomHeaders();
    Object orderVariable = job.getVariablesAsMap().get(OrderLifecycleProcess.Variables.ORDER_ID);
    Long orderId = orderVariable == null ? null : ((Number) orderVariable).longValue();
    if (kind == TaskKind.SELLER_ACCEPTANCE && orderId != null) {
      // The order waits for its seller exactly from the moment the seller has the task.
      statuses.awaitAcceptance(orderId, TaskInboxService.SYSTEM);
    }
    if (kind == TaskKind.DISPUTE_RESPONSE && orderId != null) {
      notifications.notifyDisputeOpened(orderId); // the seller's window is short; tell it now
    }
    if (kind == TaskKind.DISPUTE_MEDIATION && orderId != null) {
      // The negotiation window may have closed the seller's task in the engine; close it here too.
      inbox.cancelOpenTasks(orderId, TaskKind.DISPUTE_RESPONSE, "Sent to operations for mediation");
    }
    inbox.open(
        new NewTask(
            job.getElementInstanceKey(),
            job.getKey(),
            job.getProcessInstanceKey(),
            job.getBpmnProcessId(),
            kind,
            firstCandidateGroup(headers.get(UserTasks.HEADER_CANDIDATE_GROUPS)),
            headers.get(UserTasks.HEADER_ASSIGNEE),
            dueAt(headers.get(UserTasks.HEADER_DUE_DATE)),
            orderId,
            clock.instant()));
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

  private static java.time.Instant dueAt(String header) {
    return header == null || header.isBlank()
        ? null
        : ZonedDateTime.parse(header, DateTimeFormatter.ISO_DATE_TIME).toInstant();
  }
}
