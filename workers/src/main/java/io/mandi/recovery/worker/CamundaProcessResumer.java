package io.mandi.recovery.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.mandi.account.Actor;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.durations.OrderDurations;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.order.process.ResumePoint;
import io.mandi.recovery.OrderFacts;
import io.mandi.recovery.ProcessResumer;
import io.mandi.recovery.Resumption;
import io.mandi.settings.MandiSettings;
import io.mandi.task.EngineRun;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Creates the new order-lifecycle instance with a start instruction at the step's element of
 * order-lifecycle, the order's variables at its root and, for a step inside a called process, the
 * resume context that process reads: its windows from the order's durations and the recorded
 * instants they run from, so every timer ends when it would have ended.
 */
@Component
class CamundaProcessResumer implements ProcessResumer {
  private static final int HTTP_NOT_FOUND = 404;

  private final CamundaClient client;
  private final MandiSettings settings;
  private final OrderDurationService durations;
  private final EngineRun currentRun;

  CamundaProcessResumer(
      CamundaClient client,
      MandiSettings settings,
      OrderDurationService durations,
      EngineRun currentRun) {
    this.durations = durations;
    this.client = client;
    this.settings = settings;
    this.currentRun = currentRun;
  }

  @Override
  public long resume(Resumption resumption) {
    ResumePoint point = ResumePoint.valueOf(resumption.step().name());
    OrderFacts order = resumption.order();
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(OrderLifecycleProcess.PROCESS_ID)
        .latestVersion()
        .variables(point.variables(orderVariables(order), context(order)))
        .startBeforeElement(point.element())
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /**
   * The embedded engine keeps what this run started (a lost earlier run is told by its run id); a
   * cluster is asked for the instance.
   */
  @Override
  public boolean isRunning(long processInstanceKey) {
    if (!currentRun.equals(EngineRun.CLUSTER)) {
      return true;
    }
    try {
      return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState()
          == ProcessInstanceState.ACTIVE;
    } catch (ClientHttpException e) {
      if (e.code() == HTTP_NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  private Map<String, Object> orderVariables(OrderFacts order) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.ORDER_ID, order.orderId());
    variables.put("buyerId", order.buyerId());
    variables.put("sellerId", order.sellerId());
    variables.put(Variables.SELLER_GROUP, Actor.sellerGroup(order.sellerId()));
    OrderDurations durations = this.durations.of(order.orderId());
    variables.put(Variables.ACCEPTANCE_SLA, durations.iso(Deadline.SELLER_ACCEPTANCE));
    variables.put(Variables.DISPATCH_SLA, durations.iso(Deadline.DISPATCH));
    variables.put("receiptConfirmed", false);
    return variables;
  }

  private Map<String, Object> context(OrderFacts order) {
    OrderDurations durations = this.durations.of(order.orderId());
    Map<String, Object> context = new HashMap<>();
    context.put(Variables.CREDIT_APPROVAL_SLA, durations.iso(Deadline.CREDIT_APPROVAL));
    context.put("vendorEscalationSla", durations.iso(Deadline.VENDOR_ESCALATION));
    context.put(Variables.SELLER_GROUP, Actor.sellerGroup(order.sellerId()));
    if (order.lastRound() != null) {
      context.put("round", order.lastRound());
      // A reassignment counts on from the rounds before it: the current vendor plus the usual
      // rounds.
      int rounds = settings.vendor().maxRounds();
      context.put(
          "maxVendorRounds",
          order.paid() ? order.lastRound() + rounds - 1 : Math.max(order.lastRound(), rounds));
    }
    put(context, "offeredAt", order.lastRoundOfferedAt());
    context.put("paymentWindow", durations.iso(Deadline.PAYMENT));
    put(context, "paymentRequestedAt", order.paymentRequestedAt());
    context.put("inspectionPeriod", durations.iso(Deadline.INSPECTION));
    context.put("negotiationWindow", durations.iso(Deadline.NEGOTIATION));
    context.put("mediationSla", durations.iso(Deadline.MEDIATION));
    put(context, "deliveredAt", order.deliveredAt());
    put(context, "disputeOpenedAt", order.disputeOpenedAt());
    put(context, "refundOfferedAt", order.refundOfferedAt());
    return context;
  }

  private static void put(Map<String, Object> context, String name, Instant at) {
    if (at != null) {
      context.put(name, at.toString());
    }
  }
}
