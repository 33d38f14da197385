package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.payment.EscrowService;
import io.mandi.payment.process.EscrowFundingProcess;
import org.springframework.stereotype.Component;

/** Parks the seller's share at the gateway as a transfer on hold; idempotent per order. */
@Component
public class TransferOnHoldWorker {
  private final EscrowService escrow;

  TransferOnHoldWorker(EscrowService escrow) {
    this.escrow = escrow;
  }

  @JobWorker(type = EscrowFundingProcess.JOB_TRANSFER_ON_HOLD, fetchVariables = "orderId")
  public void transfer(@Variable(name = "orderId") long orderId) {
    escrow.transferOnHold(orderId);
  }
}
