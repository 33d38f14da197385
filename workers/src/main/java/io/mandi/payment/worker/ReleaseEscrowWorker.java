package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.payment.EscrowService;
import io.mandi.payment.process.EscrowSettlementProcess;
import org.springframework.stereotype.Component;

/** Pays the seller out of escrow; idempotent by the order's release key. */
@Component
public class ReleaseEscrowWorker {
  private final EscrowService escrow;

  ReleaseEscrowWorker(EscrowService escrow) {
    this.escrow = escrow;
  }

  @JobWorker(
      type = EscrowSettlementProcess.JOB_RELEASE,
      fetchVariables = {"orderId", EscrowSettlementProcess.VARIABLE_RELEASE_REASON})
  public void release(
      @Variable(name = "orderId") long orderId,
      @Variable(name = EscrowSettlementProcess.VARIABLE_RELEASE_REASON) String reason) {
    escrow.release(orderId, reason);
  }
}
