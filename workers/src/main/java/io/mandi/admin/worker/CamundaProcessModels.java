package io.mandi.admin.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.mandi.admin.DeployedModel;
import io.mandi.admin.ModelCheck;
import io.mandi.admin.ProcessModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Checks uploaded models against the running workers and deploys them to the engine. */
@Component
public class CamundaProcessModels implements ProcessModels {
  private final CamundaClient client;
  private final RunningWorkers workers;

  CamundaProcessModels(CamundaClient client, RunningWorkers workers) {
    this.client = client;
    this.workers = workers;
  }

  @Override
  public ModelCheck check(byte[] content) {
    return new BpmnModelChecker(workers.jobTypes()).check(content);
  }

  @Override
  public DeployedModel deploy(String fileName, byte[] content) {
    DeploymentEvent deployed =
        client.newDeployResourceCommand().addResourceBytes(content, fileName).send().join();
    Process process = deployed.getProcesses().getFirst();
    return new DeployedModel(
        process.getBpmnProcessId(), process.getVersion(), process.getProcessDefinitionKey());
  }

  @Override
  public String shippedDigest(String processId) {
    String resource =
        ProcessContracts.of(processId)
            .flatMap(
                contract -> ProcessContracts.constants(contract, "RESOURCE").stream().findFirst())
            .orElseThrow(() -> new IllegalArgumentException("No shipped model for " + processId));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The shipped model " + resource + " is missing");
      }
      return digest(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String digest(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
