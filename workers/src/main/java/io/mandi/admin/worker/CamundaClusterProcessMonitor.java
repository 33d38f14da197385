package io.mandi.admin.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ProcessMonitor;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Asks a Camunda 8.8 cluster through its REST search API. The embedded engine has no REST API, so
 * the embedded profile supplies its own monitor and switches this one off.
 */
@Component
@ConditionalOnProperty(name = "mandi.engine", havingValue = "cluster", matchIfMissing = true)
class CamundaClusterProcessMonitor implements ProcessMonitor {
  private final CamundaClient client;

  CamundaClusterProcessMonitor(CamundaClient client) {
    this.client = client;
  }

  @Override
  public List<DeployedProcess> deployedProcesses() {
    return client.newProcessDefinitionSearchRequest().send().join().items().stream()
        .map(this::withRunningCount)
        .toList();
  }

  private DeployedProcess withRunningCount(ProcessDefinition definition) {
    long running =
        client
            .newProcessInstanceSearchRequest()
            .filter(
                filter ->
                    filter
                        .processDefinitionKey(definition.getProcessDefinitionKey())
                        .state(ProcessInstanceState.ACTIVE))
            .page(page -> page.limit(1))
            .send()
            .join()
            .page()
            .totalItems();
    return new DeployedProcess(
        definition.getProcessDefinitionId(),
        definition.getVersion(),
        definition.getProcessDefinitionKey(),
        running);
  }
}
