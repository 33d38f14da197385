package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import org.springframework.stereotype.Component;

/** The seller did not answer in time: expire the order and take the task out of its inbox. */
@Component
public class ExpireOrderWorker {
  static final String REASON = "The seller did not answer within the acceptance SLA";

  private final OrderStatusService statuses;
  private final TaskInboxService inbox;

  ExpireOrderWorker(OrderStatusService statuses, TaskInboxService inbox) {
    this.statuses = statuses;
    this.inbox = inbox;
  }

  @JobWorker(type = OrderLifecycleProcess.JOB_EXPIRE, fetchVariables = Variables.ORDER_ID)
  public void expire(@Variable(name = Variables.ORDER_ID) long orderId) {
    inbox.cancelOpenTasks(orderId, TaskKind.SELLER_ACCEPTANCE, REASON);
    statuses.expire(orderId, TaskInboxService.SYSTEM, REASON);
  }
}
