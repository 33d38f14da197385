package io.mandi.vendor.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.account.Actor;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.settings.MandiSettings;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.VendorRound;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorAssignmentProcess.Variables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Starts the next round: the rules rank the vendors and the best one not yet asked gets the order.
 * The round number comes from the process, so a redelivered job finds the round it already made.
 */
@Component
public class OfferNextVendorWorker {
  private final VendorAssignmentService assignment;
  private final int maxRounds;
  private final OrderDurationService durations;

  OfferNextVendorWorker(
      VendorAssignmentService assignment, MandiSettings settings, OrderDurationService durations) {
    this.assignment = assignment;
    this.maxRounds = settings.vendor().maxRounds();
    this.durations = durations;
  }

  @JobWorker(
      type = VendorAssignmentProcess.JOB_OFFER_NEXT,
      fetchVariables = {
        OrderLifecycleProcess.Variables.ORDER_ID,
        Variables.ROUND,
        Variables.ROUNDS_BEFORE
      })
  public Map<String, Object> offerNext(
      @Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.ROUND) Integer previousRound,
      @Variable(name = Variables.ROUNDS_BEFORE) Integer roundsBefore) {
    int before = roundsBefore == null ? 0 : roundsBefore;
    int round = (previousRound == null ? before : previousRound) + 1;
    Optional<VendorRound> offered = assignment.offerNext(orderId, round);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.ROUND, round);
    variables.put(Variables.MAX_ROUNDS, before + maxRounds);
    variables.put(Variables.ESCALATION_SLA, durations.of(orderId).iso(Deadline.VENDOR_ESCALATION));
    variables.put(Variables.VENDOR_FOUND, offered.isPresent());
    variables.put(Variables.VENDOR_ASSIGNED, false);
    offered.ifPresent(
        r -> {
          variables.put(
              OrderLifecycleProcess.Variables.SELLER_GROUP, Actor.sellerGroup(r.sellerId()));
          variables.put(Variables.OFFERED_AT, r.offeredAt().toString());
        });
    return variables;
  }
}
