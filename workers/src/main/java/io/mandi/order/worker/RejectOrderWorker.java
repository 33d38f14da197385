package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.task.TaskInboxService;
import org.springframework.stereotype.Component;

/**
 * Rejects the order. Three paths lead here: the rules refused it or stock ran out (a system reason
 * is set), or the seller refused (the seller's own words are kept).
 */
@Component
public class RejectOrderWorker {
  private final OrderStatusService statuses;

  RejectOrderWorker(OrderStatusService statuses) {
    this.statuses = statuses;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_REJECT,
      fetchVariables = {
        Variables.ORDER_ID,
        Variables.REJECTION_REASON,
        Variables.DECIDED_BY,
        Variables.DECISION_COMMENT
      })
  public void reject(
      ActivatedJob job,
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.REJECTION_REASON, optional = true) String rejectionReason,
      @Variable(name = Variables.DECIDED_BY, optional = true) String decidedBy,
      @Variable(name = Variables.DECISION_COMMENT, optional = true) String decisionComment) {
    statuses.recordProcessInstance(orderId, job.getProcessInstanceKey());
    if (rejectionReason != null) {
      statuses.reject(orderId, TaskInboxService.SYSTEM, rejectionReason);
    } else {
      statuses.reject(orderId, decidedBy, "Refused by the seller: " + decisionComment);
    }
  }
}
