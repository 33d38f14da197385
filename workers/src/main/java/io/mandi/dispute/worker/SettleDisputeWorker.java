package io.mandi.dispute.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.dispute.DisputeService;
import io.mandi.payment.process.EscrowSettlementProcess;
import org.springframework.stereotype.Component;

/** Settles escrow as the dispute was decided (stored in the database); idempotent. */
@Component
public class SettleDisputeWorker {
  private final DisputeService disputes;

  SettleDisputeWorker(DisputeService disputes) {
    this.disputes = disputes;
  }

  @JobWorker(type = EscrowSettlementProcess.JOB_SETTLE_DISPUTE, fetchVariables = "orderId")
  public void settle(@Variable(name = "orderId") long orderId) {
    disputes.settle(orderId);
  }
}
