package io.mandi.recovery;

import io.mandi.order.OrderStatus;
import io.mandi.settings.MandiSettings;
import io.mandi.task.EngineRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what needs recovering, in PostgreSQL only (the engine is never asked to list anything): (a)
 * orders with no progress past their status's SLA, (b) steps whose job failed for the last time,
 * (c) non-final orders whose process instance is gone, (d) outbox entries that keep failing. A step
 * that failed in an engine run that is gone is not retried in place: its order is lost too, and
 * re-creating it runs the step again. Each finding becomes one case; a run of order-recovery then
 * takes the cases that are due.
 */
@Service
public class RecoverySweep {
  /** Failed jobs older than this were seen by earlier sweeps. */
  private static final Duration FAILED_JOB_HORIZON = Duration.ofDays(7);

  /** A taken case is left to its run this long before another run may take it. */
  private static final Duration CLAIM = Duration.ofMinutes(10);

  private final RecoveryCaseMapper cases;
  private final MandiSettings.Recovery settings;
  private final EngineRun currentRun;
  private final RecoveryMetrics metrics;
  private final Clock clock;

  RecoverySweep(
      RecoveryCaseMapper cases,
      MandiSettings settings,
      EngineRun currentRun,
      RecoveryMetrics metrics,
      Clock clock) {
    this.cases = cases;
    this.metrics = metrics;
    this.settings = settings.recovery();
    this.currentRun = currentRun;
    this.clock = clock;
  }

  /** Opens a case for each new finding; returns how many were opened. */
  @Transactional
  public int detect() {
    Instant now = clock.instant();
    int limit = settings.batch() * 10;
    int opened =
        cases.openLostCases(currentRun.id(), now, limit)
            + cases.openStuckCases(currentRun.id(), slas(now), now, limit)
            + cases.openFailedJobCases(currentRun.id(), now.minus(FAILED_JOB_HORIZON), now, limit)
            + cases.openOutboxCases(settings.outboxAttempts(), now, limit);
    metrics.detected(opened);
    cases.reopenOrphanedEscalations(currentRun.id(), now);
    return opened;
  }

  /** Takes the open cases whose remedy is due, at most one batch, for this recovery run. */
  @Transactional
  public List<Long> takeDueCases() {
    Instant now = clock.instant();
    return cases.claimDue(now, now.plus(CLAIM), settings.batch());
  }

  private List<RecoveryCaseMapper.Sla> slas(Instant now) {
    MandiSettings.StatusSlas sla = settings.sla();
    return List.of(
        sla(OrderStatus.PLACED, sla.placed(), now),
        sla(OrderStatus.AWAITING_CREDIT_APPROVAL, sla.awaitingCreditApproval(), now),
        sla(OrderStatus.AWAITING_ACCEPTANCE, sla.awaitingAcceptance(), now),
        sla(OrderStatus.CONFIRMED, sla.confirmed(), now),
        sla(OrderStatus.SHIPPED, sla.shipped(), now),
        sla(OrderStatus.DELIVERED, sla.delivered(), now),
        sla(OrderStatus.DISPUTED, sla.disputed(), now));
  }

  private static RecoveryCaseMapper.Sla sla(OrderStatus status, Duration sla, Instant now) {
    return new RecoveryCaseMapper.Sla(status.name(), now.minus(sla));
  }

  /** The wait before a remedy that failed {@code attempts} times before is tried again. */
  Duration backoff(int attempts) {
    return settings.firstBackoff().multipliedBy(1L << Math.min(attempts, 10));
  }

  /** The status's SLA, for a deadline extended by one more of it. */
  Duration slaOf(OrderStatus status) {
    MandiSettings.StatusSlas sla = settings.sla();
    return switch (status) {
      case PLACED -> sla.placed();
      case AWAITING_CREDIT_APPROVAL -> sla.awaitingCreditApproval();
      case AWAITING_ACCEPTANCE -> sla.awaitingAcceptance();
      case CONFIRMED -> sla.confirmed();
      case SHIPPED -> sla.shipped();
      case DELIVERED -> sla.delivered();
      case DISPUTED -> sla.disputed();
      default -> Duration.ZERO;
    };
  }
}
