package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.task.TaskInboxService;
import org.springframework.stereotype.Component;

/** The buyer did not pay in time: cancel the order and give the reserved stock back. */
@Component
public class CancelUnpaidOrderWorker {
  static final String REASON = "Not paid within the payment window";

  private final OrderStatusService statuses;

  CancelUnpaidOrderWorker(OrderStatusService statuses) {
    this.statuses = statuses;
  }

  @JobWorker(type = EscrowFundingProcess.JOB_CANCEL_UNPAID, fetchVariables = "orderId")
  public void cancel(@Variable(name = "orderId") long orderId) {
    statuses.cancel(orderId, TaskInboxService.SYSTEM, REASON);
  }
}
