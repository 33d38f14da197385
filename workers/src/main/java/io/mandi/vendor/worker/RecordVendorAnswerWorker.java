package io.mandi.vendor.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.vendor.VendorAnswer;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorAssignmentProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records what the vendor of the round answered (or that it stayed silent); first answer wins. */
@Component
public class RecordVendorAnswerWorker {
  private final VendorAssignmentService assignment;

  RecordVendorAnswerWorker(VendorAssignmentService assignment) {
    this.assignment = assignment;
  }

  @JobWorker(
      type = VendorAssignmentProcess.JOB_RECORD_ANSWER,
      fetchVariables = {
        OrderLifecycleProcess.Variables.ORDER_ID,
        Variables.ROUND,
        Variables.ANSWER,
        OrderLifecycleProcess.Variables.DECISION_COMMENT
      })
  public Map<String, Object> record(
      @Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.ROUND) int round,
      @Variable(name = Variables.ANSWER) String answer,
      @Variable(name = OrderLifecycleProcess.Variables.DECISION_COMMENT) String comment) {
    VendorAnswer vendorAnswer = VendorAnswer.valueOf(answer);
    String reason =
        switch (vendorAnswer) {
          case TIMED_OUT -> "No answer within the SLA";
          case REFUSED -> comment;
          default -> null;
        };
    assignment.recordAnswer(orderId, round, vendorAnswer, reason);
    return Map.of(Variables.VENDOR_ASSIGNED, vendorAnswer == VendorAnswer.ACCEPTED);
  }
}
