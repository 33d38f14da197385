package io.mandi.dispute.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.account.Actor;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.process.EscrowProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Looks up who serves the order now: the vendor may have changed since escrow started, and the
 * dispute must reach the one that shipped.
 */
@Component
public class CurrentSellerWorker {
  private final OrderStatusService statuses;

  CurrentSellerWorker(OrderStatusService statuses) {
    this.statuses = statuses;
  }

  @JobWorker(type = EscrowProcess.JOB_CURRENT_SELLER, fetchVariables = "orderId")
  public Map<String, Object> lookUp(@Variable(name = "orderId") long orderId) {
    return Map.of("sellerGroup", Actor.sellerGroup(statuses.order(orderId).sellerId()));
  }
}
