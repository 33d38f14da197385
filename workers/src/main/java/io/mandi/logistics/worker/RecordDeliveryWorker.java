package io.mandi.logistics.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import org.springframework.stereotype.Component;

/**
 * Proof of delivery: the courier's delivery scan, or the buyer confirming receipt first. The order
 * becomes DELIVERED; escrow settlement follows in the model.
 */
@Component
public class RecordDeliveryWorker {
  private final OrderStatusService statuses;

  RecordDeliveryWorker(OrderStatusService statuses) {
    this.statuses = statuses;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_RECORD_DELIVERY,
      fetchVariables = {
        OrderLifecycleProcess.Variables.ORDER_ID,
        EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED
      })
  public void delivered(
      @Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId,
      @Variable(name = EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED)
          boolean receiptConfirmed) {
    statuses.deliver(
        orderId,
        receiptConfirmed
            ? "The buyer confirmed receipt before the courier's delivery scan"
            : "Courier confirmed delivery; the inspection period starts");
  }
}
