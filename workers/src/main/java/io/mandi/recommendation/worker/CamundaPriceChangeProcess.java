package io.mandi.recommendation.worker;

import io.mandi.process.worker.IdempotentMessages;
import io.mandi.recommendation.PriceChangeProcess;
import io.mandi.recommendation.process.PriceChangeApprovalProcess;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts a price change's approval; the message id is the change's, so a repeat is refused. */
@Component
class CamundaPriceChangeProcess implements PriceChangeProcess {
  /** How long the engine remembers a start, and so how long a duplicate start is caught. */
  static final Duration START_WINDOW = Duration.ofDays(1);

  private final IdempotentMessages messages;

  CamundaPriceChangeProcess(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void approvalNeeded(long priceChangeId) {
    messages.publish(
        PriceChangeApprovalProcess.MESSAGE_APPROVAL_NEEDED,
        String.valueOf(priceChangeId),
        PriceChangeApprovalProcess.MESSAGE_APPROVAL_NEEDED + "-" + priceChangeId,
        START_WINDOW,
        Map.of(PriceChangeApprovalProcess.Variables.PRICE_CHANGE_ID, priceChangeId));
  }
}
