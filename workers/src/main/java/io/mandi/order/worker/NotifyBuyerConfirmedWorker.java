package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Tells the buyer; the outcome is recorded, and a failed message never fails the order. As the
 * first job of an accepted order's own process, it also records that process with the order.
 */
@Component
public class NotifyBuyerConfirmedWorker {
  private final OrderNotificationService notifications;
  private final OrderStatusService statuses;

  NotifyBuyerConfirmedWorker(OrderNotificationService notifications, OrderStatusService statuses) {
    this.notifications = notifications;
    this.statuses = statuses;
  }

  @JobWorker(type = OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED, fetchVariables = Variables.ORDER_ID)
  public void notifyBuyer(ActivatedJob job, @Variable(name = Variables.ORDER_ID) long orderId) {
    statuses.recordProcessInstance(orderId, job.getProcessInstanceKey());
    notifications.notifyOrderConfirmed(orderId); // recorded as sent or failed for operations
  }
}
