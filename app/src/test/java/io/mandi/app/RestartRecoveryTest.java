package io.mandi.app;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mandi.MandiApplication;
import io.mandi.dispute.DisputeMediationTask;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.Resolution;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.order.OrderStatus;
import io.mandi.recovery.OrderRecreation;
import io.mandi.recovery.RecoveryCases;
import io.mandi.recovery.WaitingStep;
import io.mandi.task.EngineRun;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * Issue 8's restart test: orders wait in every waiting state, the application stops (the embedded
 * engine loses every instance), and the next start re-creates each one at its step. Each order can
 * then be completed by its users, and the gateway, the courier and the ledger saw nothing twice.
 * Once after a clean stop, once after {@code kill -9} that leaves the database running.
 */
class RestartRecoveryTest {

  @Test
  void afterACleanStopEveryWaitingOrderRunsAgainAtItsStepAndNothingIsDoneTwice() {
    Ports ports = Ports.free();
    WaitingOrders before;
    String firstRun;
    try (ConfigurableApplicationContext app = ports.start()) {
      firstRun = app.getBean(EngineRun.class).id();
      before = WaitingOrders.create(new OrderScript(app));
    }
    try (ConfigurableApplicationContext app = ports.start()) {
      assertThat(app.getBean(EngineRun.class).id()).isNotEqualTo(firstRun);
      before.assertResumedAndCompletable(app);
    }
  }

  @Test
  void afterKillNineWithTheDatabaseLeftRunningEveryWaitingOrderRunsAgain() throws Exception {
    Ports ports = Ports.free();
    Process killed =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                KilledApplication.class.getName(),
                ports.asArgument())
            .redirectErrorStream(true)
            .start();
    BufferedReader output = new BufferedReader(new InputStreamReader(killed.getInputStream()));
    String line = CompletableFuture.supplyAsync(() -> readUntilReady(output)).get(4, MINUTES);
    assertThat(line).as("the application to kill created its waiting orders").isNotNull();
    WaitingOrders before = WaitingOrders.parse(line);
    killed.destroyForcibly().waitFor(); // kill -9: no shutdown hook, the database keeps running
    long orphan =
        Long.parseLong(
            Files.readAllLines(Path.of(ports.dataDir(), "postmaster.pid")).getFirst().strip());
    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
        .as("the killed run's PostgreSQL is left running")
        .isPresent();

    try (ConfigurableApplicationContext app = ports.start()) {
      assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
          .as("the next start stopped the orphan")
          .isEmpty();
      before.assertResumedAndCompletable(app);
    }
  }

  private static String readUntilReady(BufferedReader output) {
    try {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.startsWith(WaitingOrders.PREFIX)) {
          return line;
        }
        System.out.println("[killed application] " + line); // its log, for a failure's report
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The embedded application's ports and data folder, the same for every start of one test. */
  record Ports(int engine, int whatsApp, int gateway, int logistics, int server, String dataDir) {

    static Ports free() {
      try {
        return new Ports(
            TestSocketUtils.findAvailableTcpPort(),
            TestSocketUtils.findAvailableTcpPort(),
            TestSocketUtils.findAvailableTcpPort(),
            TestSocketUtils.findAvailableTcpPort(),
            TestSocketUtils.findAvailableTcpPort(),
            Files.createTempDirectory("mandi-restart-pg").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String asArgument() {
      return String.join(
          ",",
          List.of("" + engine, "" + whatsApp, "" + gateway, "" + logistics, "" + server, dataDir));
    }

    static Ports parse(String argument) {
      String[] p = argument.split(",", 6);
      return new Ports(
          Integer.parseInt(p[0]),
          Integer.parseInt(p[1]),
          Integer.parseInt(p[2]),
          Integer.parseInt(p[3]),
          Integer.parseInt(p[4]),
          p[5]);
    }

    /** Started with command-line arguments, which win over every configuration file. */
    ConfigurableApplicationContext start() {
      return new SpringApplicationBuilder(MandiApplication.class)
          .run(
              "--spring.profiles.active=embedded",
              "--mandi.embedded.engine.port=" + engine,
              "--mandi.sandbox.whatsapp.port=" + whatsApp,
              "--mandi.sandbox.payment-gateway.port=" + gateway,
              "--mandi.sandbox.logistics.port=" + logistics,
              "--server.port=" + server,
              "--mandi.embedded.postgres.data-dir=" + dataDir,
              "--mandi.embedded.postgres.port=0",
              "--mandi.embedded.postgres.durable=false",
              "--mandi.whatsapp.redelivery-delay=PT0.05S");
    }
  }

  /**
   * One order in each waiting state, with what was recorded about it before the stop: its open
   * task, its ledger transactions, and the courier's bookings.
   */
  record WaitingOrders(
      Map<WaitingStep, Long> orders,
      Map<Long, Long> openTasks,
      Map<Long, Integer> ledger,
      int bookings) {
    static final String PREFIX = "waiting orders: ";

    static WaitingOrders create(OrderScript run) {
      Map<WaitingStep, Long> orders = new LinkedHashMap<>();
      orders.put(WaitingStep.VENDOR_ACCEPTANCE, run.awaitingSeller("Coriander Powder"));
      orders.put(WaitingStep.CREDIT_APPROVAL, run.awaitingCreditApproval());
      orders.put(WaitingStep.PAYMENT, run.awaitingPayment("Cumin Seeds").orderId());
      orders.put(WaitingStep.PACKING, run.paidAwaitingPacking("Garam Masala"));
      orders.put(WaitingStep.DELIVERY, run.shipped("Coriander Powder"));
      orders.put(WaitingStep.INSPECTION, run.delivered("Cumin Seeds"));
      orders.put(WaitingStep.DISPUTE_RESPONSE, run.disputed("Garam Masala"));
      orders.put(WaitingStep.MEDIATION, run.inMediation("Coriander Powder"));
      Map<Long, Long> openTasks = new LinkedHashMap<>();
      Map<Long, Integer> ledger = new LinkedHashMap<>();
      for (long orderId : orders.values()) {
        run.openTask(orderId).ifPresent(task -> openTasks.put(orderId, task.id()));
        ledger.put(orderId, run.ledger.transactionsOf(orderId).size());
      }
      return new WaitingOrders(orders, openTasks, ledger, run.logistics.bookings());
    }

    /** One line: {@code waiting orders: STEP=order:task:ledger;...|bookings}. */
    String asLine() {
      StringBuilder line = new StringBuilder(PREFIX);
      orders.forEach(
          (step, id) ->
              line.append(step)
                  .append('=')
                  .append(id)
                  .append(':')
                  .append(openTasks.getOrDefault(id, 0L))
                  .append(':')
                  .append(ledger.get(id))
                  .append(';'));
      return line.append('|').append(bookings).toString();
    }

    static WaitingOrders parse(String line) {
      String[] parts = line.substring(PREFIX.length()).split("\\|");
      Map<WaitingStep, Long> orders = new LinkedHashMap<>();
      Map<Long, Long> openTasks = new LinkedHashMap<>();
      Map<Long, Integer> ledger = new LinkedHashMap<>();
      for (String entry : parts[0].split(";")) {
        String[] stepAndFacts = entry.split("=");
        String[] facts = stepAndFacts[1].split(":");
        long orderId = Long.parseLong(facts[0]);
        orders.put(WaitingStep.valueOf(stepAndFacts[0]), orderId);
        if (!facts[1].equals("0")) {
          openTasks.put(orderId, Long.parseLong(facts[1]));
        }
        ledger.put(orderId, Integer.parseInt(facts[2]));
      }
      return new WaitingOrders(orders, openTasks, ledger, Integer.parseInt(parts[1]));
    }

    void assertResumedAndCompletable(ConfigurableApplicationContext app) {
      OrderScript run = new OrderScript(app);
      String currentRun = app.getBean(EngineRun.class).id();
      OrderRecreation recreation = app.getBean(OrderRecreation.class);
      for (Map.Entry<WaitingStep, Long> order : orders.entrySet()) {
        long orderId = order.getValue();
        await("order " + orderId + " (" + order.getKey() + ") re-created in the new run")
            .atMost(OrderScript.WAIT)
            .until(() -> run.engineRunOf(orderId), currentRun::equals);
        assertThat(recreation.resumptionOf(orderId).orElseThrow().step())
            .as("order %d resumes where it waited", orderId)
            .isEqualTo(order.getKey());
      }
      for (Map.Entry<Long, Long> task : openTasks.entrySet()) {
        await("the open task of order " + task.getKey() + " is re-linked, not duplicated")
            .atMost(OrderScript.WAIT)
            .until(
                () ->
                    run.inbox.tasksOfOrder(task.getKey()).stream()
                        .filter(t -> t.status() == TaskStatus.OPEN)
                        .map(HumanTask::id)
                        .toList(),
                ids -> ids.equals(List.of(task.getValue())));
      }
      assertThat(run.gateway.createOrderCalls()).as("gateway orders asked for again").isZero();
      assertThat(run.logistics.bookings()).as("courier bookings").isEqualTo(bookings);
      ledger.forEach(
          (orderId, transactions) ->
              assertThat(run.ledger.transactionsOf(orderId))
                  .as("ledger of order %d", orderId)
                  .hasSize(transactions));
      assertThat(app.getBean(RecoveryCases.class).decisionsOfOrder(orders.get(WaitingStep.PACKING)))
          .as("the order page shows what recovery did and why")
          .anySatisfy(d -> assertThat(d.explanation()).contains("restarted"));

      // Every order can be completed by its users from where it waited.
      run.sellerAccepts(orders.get(WaitingStep.VENDOR_ACCEPTANCE));
      run.awaitStatus(orders.get(WaitingStep.VENDOR_ACCEPTANCE), OrderStatus.CONFIRMED);

      run.opsApproveCredit(orders.get(WaitingStep.CREDIT_APPROVAL));
      run.awaitStatus(orders.get(WaitingStep.CREDIT_APPROVAL), OrderStatus.AWAITING_ACCEPTANCE);

      run.pay(orders.get(WaitingStep.PAYMENT));
      run.openTaskOfKind(orders.get(WaitingStep.PAYMENT), ReadyToShipTask.KIND);

      run.pack(orders.get(WaitingStep.PACKING));
      run.awaitStatus(orders.get(WaitingStep.PACKING), OrderStatus.SHIPPED);

      run.courierDelivers(orders.get(WaitingStep.DELIVERY));
      run.awaitStatus(orders.get(WaitingStep.DELIVERY), OrderStatus.DELIVERED);

      run.escrow.confirmReceipt(run.user("buyer1"), orders.get(WaitingStep.INSPECTION));
      run.awaitStatus(orders.get(WaitingStep.INSPECTION), OrderStatus.COMPLETED);

      long disputed = orders.get(WaitingStep.DISPUTE_RESPONSE);
      HumanTask answer = run.openTaskOfKind(disputed, DisputeResponseTask.KIND);
      run.disputes.contest(run.user("seller1"), answer.id(), "The bags left us sealed");
      HumanTask mediation = run.openTaskOfKind(disputed, DisputeMediationTask.KIND);
      run.disputes.mediate(
          run.user("ops1"), mediation.id(), Resolution.RELEASE, null, "Photos show sealed bags");
      run.awaitStatus(disputed, OrderStatus.COMPLETED);

      long mediated = orders.get(WaitingStep.MEDIATION);
      run.disputes.mediate(
          run.user("ops1"),
          run.openTaskOfKind(mediated, DisputeMediationTask.KIND).id(),
          Resolution.REFUND,
          null,
          "Wrong goods delivered");
      run.awaitStatus(mediated, OrderStatus.REFUNDED);

      assertThat(run.gateway.createOrderCalls())
          .as("only the order accepted after the restart asked for a gateway order")
          .isEqualTo(1);
      assertThat(run.logistics.bookings())
          .as("only the order packed after the restart was booked")
          .isEqualTo(bookings + 1);
    }
  }

  /** The application to kill: starts, puts an order in each waiting state, says so, waits. */
  public static final class KilledApplication {
    public static void main(String[] args) throws Exception {
      ConfigurableApplicationContext app = Ports.parse(args[0]).start();
      System.out.println(WaitingOrders.create(new OrderScript(app)).asLine());
      System.out.flush();
      new CountDownLatch(1).await(); // until killed
    }
  }
}
