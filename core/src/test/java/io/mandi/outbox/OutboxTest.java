package io.mandi.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.testing.CoreTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@CoreTest
@Import(OutboxTest.Probe.class)
class OutboxTest {
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired OutboxMonitor monitor;
  @Autowired TransactionTemplate transaction;
  @Autowired ProbeHandler probe;

  final Actor ops = new Actor("ops-outbox", Role.OPS, null, null);

  @TestConfiguration
  static class Probe {
    @Bean
    ProbeHandler probeHandler() {
      return new ProbeHandler();
    }
  }

  /** Records what it is told; can be made to fail like an unreachable engine. */
  static class ProbeHandler implements OutboxHandler {
    final List<String> delivered = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;

    @Override
    public Set<String> kinds() {
      return Set.of("test.probe");
    }

    @Override
    public void deliver(String kind, Map<String, Object> payload) {
      if (failure != null) {
        throw failure;
      }
      delivered.add((String) payload.get("id"));
    }
  }

  @AfterEach
  void reset() {
    relay.deliverAfterCommit(true);
    probe.failure = null;
  }

  private String add(String id) {
    transaction.executeWithoutResult(
        s -> outbox.add("test.probe", "probe-" + id, Map.of("id", id)));
    return id;
  }

  private long count(String id) {
    return probe.delivered.stream().filter(id::equals).count();
  }

  @Test
  void anEntryIsDeliveredRightAfterCommitAndOnlyOnce() {
    String id = add(UUID.randomUUID().toString());
    add(id); // the same intention written again is the same entry
    relay.sweep();

    assertThat(count(id)).isEqualTo(1);
  }

  @Test
  void nothingIsToldForARolledBackChange() {
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s -> {
                      outbox.add("test.probe", "probe-" + id, Map.of("id", id));
                      throw new IllegalStateException("business rule broken");
                    }))
        .hasMessage("business rule broken");
    relay.sweep();

    assertThat(count(id)).isZero();
  }

  @Test
  void writingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> outbox.add("test.probe", "probe-loose", Map.of("id", "loose")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aCrashBetweenCommitAndSendIsRepairedByTheSweepOnce() {
    relay.deliverAfterCommit(false); // the process dies after commit, before it could send
    String id = add(UUID.randomUUID().toString());
    assertThat(count(id)).isZero();

    relay.deliverAfterCommit(true);
    relay.sweep();
    relay.sweep();

    assertThat(count(id)).isEqualTo(1);
  }

  @Test
  void anEntryThatKeepsFailingIsVisibleAndCanBeReplayed() {
    probe.failure = new IllegalStateException("engine unreachable");
    String id = add(UUID.randomUUID().toString());
    relay.sweep();

    OutboxEntry troubled =
        monitor.troubled(100).stream()
            .filter(e -> e.dedupKey().equals("probe-" + id))
            .findFirst()
            .orElseThrow();
    assertThat(troubled.attempts()).isEqualTo(2);
    assertThat(troubled.lastError()).isEqualTo("engine unreachable");
    assertThat(monitor.troubledCount()).isPositive();

    probe.failure = null;
    assertThat(monitor.replay(ops, troubled.id())).isTrue();
    assertThat(count(id)).isEqualTo(1);
    assertThatThrownBy(() -> monitor.replay(ops, troubled.id()))
        .hasMessageContaining("is sent or does not exist");
  }

  @Test
  void theRetryDelayDoublesUpToItsCap() {
    OutboxProperties properties =
        new OutboxProperties(
            java.time.Duration.ofSeconds(5),
            java.time.Duration.ofSeconds(2),
            java.time.Duration.ofSeconds(1),
            java.time.Duration.ofMinutes(5),
            java.time.Duration.ofSeconds(30));

    assertThat(properties.retryDelay(1)).hasSeconds(1);
    assertThat(properties.retryDelay(2)).hasSeconds(2);
    assertThat(properties.retryDelay(4)).hasSeconds(8);
    assertThat(properties.retryDelay(30)).hasMinutes(5);
  }
}
