package io.mandi.vendor.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.vendor.OrderResourcingService;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorReassignmentProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The vendor cannot ship a paid order: release it, keep the payment held; idempotent. */
@Component
public class ReleaseVendorWorker {
  private final OrderResourcingService resourcing;

  ReleaseVendorWorker(OrderResourcingService resourcing) {
    this.resourcing = resourcing;
  }

  @JobWorker(
      type = VendorReassignmentProcess.JOB_RELEASE_VENDOR,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY, Variables.DECISION_COMMENT})
  public Map<String, Object> release(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy,
      @Variable(name = Variables.DECISION_COMMENT) String reason) {
    int rounds = resourcing.releaseVendor(orderId, decidedBy, reason);
    return Map.of(VendorAssignmentProcess.Variables.ROUNDS_BEFORE, rounds);
  }
}
