package io.mandi.vendor.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.account.Actor;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorAssignmentProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Moves the order to the vendor operations picked; idempotent. */
@Component
public class AssignByOpsWorker {
  private final VendorAssignmentService assignment;

  AssignByOpsWorker(VendorAssignmentService assignment) {
    this.assignment = assignment;
  }

  @JobWorker(
      type = VendorAssignmentProcess.JOB_ASSIGN_BY_OPS,
      fetchVariables = {
        OrderLifecycleProcess.Variables.ORDER_ID,
        Variables.CHOSEN_SELLER_ID,
        OrderLifecycleProcess.Variables.DECIDED_BY,
        OrderLifecycleProcess.Variables.DECISION_COMMENT
      })
  public Map<String, Object> assign(
      @Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.CHOSEN_SELLER_ID) long sellerId,
      @Variable(name = OrderLifecycleProcess.Variables.DECIDED_BY) String decidedBy,
      @Variable(name = OrderLifecycleProcess.Variables.DECISION_COMMENT) String comment) {
    assignment.assignByOps(orderId, sellerId, decidedBy, comment);
    return Map.of(
        Variables.VENDOR_ASSIGNED,
        true,
        OrderLifecycleProcess.Variables.SELLER_GROUP,
        Actor.sellerGroup(sellerId));
  }
}
