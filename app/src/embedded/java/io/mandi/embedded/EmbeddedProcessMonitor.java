package io.mandi.embedded;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ProcessMonitor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads deployments and instance counts from the embedded engine's record stream, since the
 * embedded engine has no search API. Counts are exact: +1 when a process instance is activated, -1
 * when it completes or is terminated.
 */
class EmbeddedProcessMonitor implements ProcessMonitor {
  private final ZeebeTestEngine engine;

  EmbeddedProcessMonitor(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<DeployedProcess> deployedProcesses() {
    Map<Long, Process> definitions = new LinkedHashMap<>();
    Map<Long, Long> running = new HashMap<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() == ValueType.PROCESS
          && record.getValue() instanceof Process process) {
        definitions.putIfAbsent(process.getProcessDefinitionKey(), process);
      } else if (record.getValueType() == ValueType.PROCESS_INSTANCE
          && record.getValue() instanceof ProcessInstanceRecordValue instance
          && instance.getBpmnElementType() == BpmnElementType.PROCESS) {
        long delta =
            switch ((ProcessInstanceIntent) record.getIntent()) {
              case ELEMENT_ACTIVATED -> 1;
              case ELEMENT_COMPLETED, ELEMENT_TERMINATED -> -1;
              default -> 0;
            };
        running.merge(instance.getProcessDefinitionKey(), delta, Long::sum);
      }
    }
    return definitions.values().stream()
        .map(
            process ->
                new DeployedProcess(
                    process.getBpmnProcessId(),
                    process.getVersion(),
                    process.getProcessDefinitionKey(),
                    running.getOrDefault(process.getProcessDefinitionKey(), 0L)))
        .sorted(
            Comparator.comparing(DeployedProcess::bpmnProcessId)
                .thenComparing(DeployedProcess::version))
        .toList();
  }
}
