package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mandi.account.NotAllowedException;
import io.mandi.admin.DeployedModel;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ProcessAdministration;
import io.mandi.admin.ProcessAuditEntry;
import io.mandi.admin.ProcessMonitor;
import io.mandi.admin.ProcessRefusedException;
import io.mandi.admin.worker.CamundaProcessModels;
import io.mandi.order.Order;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admins upload a new version of a process model: it is checked against the running code (a model
 * with a job type no worker serves, a message Mandi never sends, another process's name, or no BPMN
 * at all is refused with the reason and audited), deployed, and new instances start on it; a
 * restart deploys it again unless the release changed the shipped file.
 */
class ProcessAdministrationTest extends MandiAppTest {
  static final String LIFECYCLE = "bpmn/order-lifecycle.bpmn";

  @Autowired ProcessAdministration administration;
  @Autowired ProcessMonitor monitor;

  @Test
  void aModelThatPassesItsChecksIsDeployedAndNewInstancesStartOnIt() throws IOException {
    String shipped = shipped(LIFECYCLE);
    // the same process with a clearer name: a change that does not alter behaviour
    byte[] renamed =
        shipped
            .replace("name=\"Order lifecycle\"", "name=\"Order lifecycle (reviewed)\"")
            .getBytes(StandardCharsets.UTF_8);
    int before = latestVersion("order-lifecycle");

    DeployedModel deployed = administration.upload(user("admin1"), "order-lifecycle.bpmn", renamed);

    assertThat(deployed.processId()).isEqualTo("order-lifecycle");
    assertThat(deployed.version()).isGreaterThan(before);
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer("Toor Dal"), 5);
    await("the new order's process runs on the uploaded version")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                monitor.deployedProcesses().stream()
                        .filter(p -> p.processDefinitionKey() == deployed.definitionKey())
                        .mapToLong(DeployedProcess::runningInstances)
                        .sum()
                    > 0);
    assertThat(order.id()).isPositive();
    assertThat(administration.audit(10))
        .first()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("deployed");
              assertThat(entry.actor()).isEqualTo("admin1");
              assertThat(entry.detail()).contains("version " + deployed.version());
            });

    // a restart deploys the upload again, unless this release changed the shipped file
    String digest = CamundaProcessModels.digest(shipped.getBytes(StandardCharsets.UTF_8));
    assertThat(administration.uploadToRedeploy("order-lifecycle", digest))
        .hasValueSatisfying(upload -> assertThat(upload.content()).isEqualTo(renamed));
    assertThat(administration.uploadToRedeploy("order-lifecycle", "a-newer-release")).isEmpty();
    assertThat(administration.audit(1))
        .extracting(ProcessAuditEntry::action)
        .containsExactly("replaced by release");
  }

  @Test
  void aModelTheCodeCannotRunIsRefusedWithTheReasonAndAudited() throws IOException {
    String shipped = shipped(LIFECYCLE);
    var admin = user("admin1");

    assertRefused(
        shipped.replace("type=\"shipment-book\"", "type=\"shipment-book-v2\""),
        "Job type 'shipment-book-v2' has no worker");
    assertRefused(
        shipped.replace("name=\"shipment-delivered\"", "name=\"parcel-delivered\""),
        "Mandi never sends message 'parcel-delivered'",
        "Mandi sends message 'shipment-delivered' to this process, which no longer waits for it");
    assertRefused(
        shipped
            .replace("<bpmn:process id=\"order-lifecycle\"", "<bpmn:process id=\"my-lifecycle\"")
            .replace("bpmnElement=\"order-lifecycle\"", "bpmnElement=\"my-lifecycle\""),
        "Mandi runs no process named 'my-lifecycle'");
    assertRefused("just some text", "The file is not a valid BPMN model");
    assertRefused(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
        "Document type declarations are not allowed");
    assertThatThrownBy(
            () ->
                administration.upload(
                    admin, "../../etc/x.bpmn", shipped.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProcessRefusedException.class)
        .hasMessageContaining("plain name");
    assertThatThrownBy(() -> administration.upload(admin, "empty.bpmn", new byte[0]))
        .isInstanceOf(ProcessRefusedException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                administration.upload(
                    user("ops1"), "order-lifecycle.bpmn", shipped.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(administration.audit(20))
        .filteredOn(entry -> entry.action().equals("refused"))
        .extracting(ProcessAuditEntry::detail)
        .anySatisfy(detail -> assertThat(detail).contains("shipment-book-v2"));
  }

  private void assertRefused(String model, String... reasons) {
    int before = latestVersion("order-lifecycle");
    assertThatThrownBy(
            () ->
                administration.upload(
                    user("admin1"), "order-lifecycle.bpmn", model.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProcessRefusedException.class)
        .hasMessageContainingAll(reasons);
    assertThat(latestVersion("order-lifecycle")).as("nothing deployed").isEqualTo(before);
  }

  private int latestVersion(String processId) {
    return monitor.deployedProcesses().stream()
        .filter(p -> p.bpmnProcessId().equals(processId))
        .mapToInt(DeployedProcess::version)
        .max()
        .orElse(0);
  }

  private static String shipped(String resource) throws IOException {
    try (InputStream in =
        ProcessAdministrationTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
