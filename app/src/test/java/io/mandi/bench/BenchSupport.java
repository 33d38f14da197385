package io.mandi.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.mandi.MandiApplication;
import io.mandi.account.Actor;
import io.mandi.catalog.OfferListing;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.PlaceOrderCommand;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: the embedded app on fresh ports, and the plain baseline process. */
final class BenchSupport {
  static final Duration LIMIT = Duration.ofMinutes(10);

  private BenchSupport() {}

  record Rate(int count, Duration elapsed) {
    double perSecond() {
      return count / (elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
      return String.format("%d in %.2f s = %.1f /s", count, elapsed.toNanos() / 1e9, perSecond());
    }
  }

  /** Command-line arguments, so they win over application-embedded.yml: fresh ports, fresh data. */
  static ConfigurableApplicationContext startEmbeddedApp(String... settings) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=" + freePort(),
                "--mandi.embedded.engine.port=" + freePort(),
                "--mandi.sandbox.whatsapp.port=" + freePort(),
                "--mandi.sandbox.payment-gateway.port=" + freePort(),
                "--mandi.sandbox.logistics.port=" + freePort(),
                "--mandi.embedded.postgres.data-dir=" + Files.createTempDirectory("mandi-bench-pg"),
                "--mandi.embedded.postgres.port=0",
                "--logging.level.root=WARN"));
    args.addAll(List.of(settings));
    return new SpringApplication(MandiApplication.class).run(args.toArray(String[]::new));
  }

  /** Runs {@code count} instances of a process with {@code jobs} no-op service tasks. */
  static Rate plainProcesses(CamundaClient client, int jobs, int count)
      throws InterruptedException {
    String processId = "bench-plain-" + jobs;
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(processId).startEvent();
    for (int step = 1; step <= jobs; step++) {
      String type = processId + "-step-" + step;
      flow = flow.serviceTask("Task_Step" + step, task -> task.zeebeJobType(type));
    }
    client
        .newDeployResourceCommand()
        .addProcessModel(flow.endEvent().done(), processId + ".bpmn")
        .send()
        .join();

    CountDownLatch done = new CountDownLatch(count);
    List<JobWorker> workers = new ArrayList<>();
    for (int step = 1; step <= jobs; step++) {
      boolean last = step == jobs;
      workers.add(
          client
              .newWorker()
              .jobType(processId + "-step-" + step)
              .handler(
                  (jobClient, job) -> {
                    jobClient.newCompleteCommand(job.getKey()).send().join();
                    if (last) {
                      done.countDown();
                    }
                  })
              .maxJobsActive(64)
              .streamEnabled(true)
              .open());
    }
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join();
    }
    if (!done.await(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("Plain instances did not finish within " + LIMIT);
    }
    Rate rate = new Rate(count, Duration.ofNanos(System.nanoTime() - start));
    workers.forEach(JobWorker::close);
    return rate;
  }

  /** One single-line order of the offer's minimum quantity, as a fresh checkout. */
  static long placeOne(OrderPlacementService placement, Actor buyer, OfferListing offer) {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(),
                List.of(
                    new PlaceOrderCommand.Line(
                        offer.productId(), offer.offerId(), offer.minOrderQty()))))
        .getFirst()
        .id();
  }

  /**
   * Enough stock and capacity for every order of a run: N orders at once would otherwise run the
   * offer dry or put the seller over its capacity, and ranking would (rightly) skip it.
   */
  static void withoutLimits(org.springframework.jdbc.core.JdbcTemplate jdbc, OfferListing offer) {
    jdbc.update("update offer set stock = 100000000 where id = ?", offer.offerId());
    jdbc.update("update seller set capacity = 1000000 where id = ?", offer.sellerId());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
