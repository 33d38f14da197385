package io.mandi.admin.worker;

import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import io.mandi.recommendation.process.PriceChangeApprovalProcess;
import io.mandi.recovery.process.OrderRecoveryProcess;
import io.mandi.rfq.process.RfqDiscountApprovalProcess;
import io.mandi.rfq.process.RfqNegotiationProcess;
import io.mandi.ruleset.process.RulePublishApprovalProcess;
import io.mandi.task.process.TaskEscalationProcess;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorReassignmentProcess;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the code expects of each process model: the constants classes name the process, its file,
 * the messages code sends, the errors workers throw and the steps code refers to. The run-time
 * check of uploaded models and the build's contract test both read them here.
 */
public final class ProcessContracts {
  public static final List<Class<?>> CLASSES =
      List.of(
          OrderLifecycleProcess.class,
          OrderAcceptanceProcess.class,
          VendorAssignmentProcess.class,
          VendorReassignmentProcess.class,
          EscrowFundingProcess.class,
          EscrowSettlementProcess.class,
          OrderRecoveryProcess.class,
          TaskEscalationProcess.class,
          RfqNegotiationProcess.class,
          RfqDiscountApprovalProcess.class,
          PriceChangeApprovalProcess.class,
          RulePublishApprovalProcess.class);

  private ProcessContracts() {}

  public static Set<String> processIds() {
    Set<String> ids = new TreeSet<>();
    CLASSES.forEach(contract -> ids.addAll(constants(contract, "PROCESS_ID")));
    return ids;
  }

  /** Every constant whose name starts with the prefix, across all processes. */
  public static Set<String> constants(String prefix) {
    Set<String> values = new TreeSet<>();
    CLASSES.forEach(contract -> values.addAll(constants(contract, prefix)));
    return values;
  }

  public static Optional<Class<?>> of(String processId) {
    return CLASSES.stream()
        .filter(contract -> constants(contract, "PROCESS_ID").contains(processId))
        .findFirst();
  }

  /** The process whose shipped model is this file (by the contract's RESOURCE). */
  public static Optional<String> processOfFile(String fileName) {
    return CLASSES.stream()
        .filter(
            contract ->
                constants(contract, "RESOURCE").stream().anyMatch(r -> r.endsWith("/" + fileName)))
        .flatMap(contract -> constants(contract, "PROCESS_ID").stream())
        .findFirst();
  }

  public static List<String> constants(Class<?> contract, String prefix) {
    List<String> values = new ArrayList<>();
    for (Field field : contract.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getName().startsWith(prefix)
          && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }
}
