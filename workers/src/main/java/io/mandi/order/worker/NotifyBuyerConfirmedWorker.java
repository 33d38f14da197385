package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/** Tells the buyer; the outcome is recorded, and a failed message never fails the order. */
@Component
public class NotifyBuyerConfirmedWorker {
  private final OrderNotificationService notifications;

  NotifyBuyerConfirmedWorker(OrderNotificationService notifications) {
    this.notifications = notifications;
  }

  @JobWorker(type = OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED, fetchVariables = Variables.ORDER_ID)
  public void notifyBuyer(@Variable(name = Variables.ORDER_ID) long orderId) {
    notifications.notifyOrderConfirmed(orderId); // recorded as sent or failed for operations
  }
}
