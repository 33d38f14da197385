package io.mandi.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecoveryCaseMapper {

  /** A status's SLA: orders in it not updated since {@code since} are stuck. */
  record Sla(String status, Instant since) {}

  int openLostCases(@Param("run") String run, @Param("now") Instant now, @Param("limit") int limit);

  int openStuckCases(
      @Param("run") String run,
      @Param("slas") List<Sla> slas,
      @Param("now") Instant now,
      @Param("limit") int limit);

  int openFailedJobCases(
      @Param("run") String run,
      @Param("since") Instant since,
      @Param("now") Instant now,
      @Param("limit") int limit);

  int openOutboxCases(
      @Param("minAttempts") int minAttempts, @Param("now") Instant now, @Param("limit") int limit);

  int reopenOrphanedEscalations(@Param("run") String run, @Param("now") Instant now);

  List<Long> claimDue(
      @Param("now") Instant now, @Param("until") Instant until, @Param("limit") int limit);

  RecoveryCase findCase(long id);

  int countEarlierDecisions(
      @Param("caseId") long caseId,
      @Param("kind") RecoveryKind kind,
      @Param("orderId") Long orderId,
      @Param("subject") String subject);

  void insertDecision(NewDecision decision);

  RecoveryDecision latestDecision(long caseId);

  List<RecoveryDecision> decisionsOfOrder(long orderId);

  int recordOutcome(
      @Param("decisionId") long decisionId,
      @Param("outcome") String outcome,
      @Param("detail") String detail,
      @Param("at") Instant at);

  int close(
      @Param("caseId") long caseId,
      @Param("status") RecoveryCaseStatus status,
      @Param("by") String by,
      @Param("at") Instant at);

  int escalate(long caseId);

  int resolveEscalated(
      @Param("orderId") Long orderId,
      @Param("status") RecoveryCaseStatus status,
      @Param("by") String by,
      @Param("at") Instant at);

  int reopenEscalated(@Param("orderId") Long orderId, @Param("at") Instant at);

  int retryLater(@Param("caseId") long caseId, @Param("next") Instant next);

  /** The order's status if it is final. */
  Optional<String> finalStatusOf(long orderId);

  int extendDeadline(@Param("orderId") long orderId, @Param("until") Instant until);

  void insertOrderAction(
      @Param("batch") java.util.UUID batch,
      @Param("orderId") long orderId,
      @Param("action") String action,
      @Param("actor") String actor,
      @Param("at") Instant at,
      @Param("outcome") String outcome,
      @Param("detail") String detail);

  List<OrderActionRecord> findOrderActions(long orderId);

  java.math.BigDecimal vendorScore(long sellerId);

  long countEscalated();

  long countFailingOutbox();

  List<Map<String, Object>> countByStatus();

  double recoverySeconds();

  List<RecoveryCase> findCases(
      @Param("status") RecoveryCaseStatus status,
      @Param("orderId") Long orderId,
      @Param("limit") int limit);

  /** A decision to insert; MyBatis sets the generated id. */
  final class NewDecision {
    public Long id;
    public final long caseId;
    public final Remedy remedy;
    public final String explanation;
    public final String rules;
    public final String facts;
    public final Instant decidedAt;

    NewDecision(
        long caseId,
        Remedy remedy,
        String explanation,
        String rules,
        String facts,
        Instant decidedAt) {
      this.caseId = caseId;
      this.remedy = remedy;
      this.explanation = explanation;
      this.rules = rules;
      this.facts = facts;
      this.decidedAt = decidedAt;
    }
  }
}
