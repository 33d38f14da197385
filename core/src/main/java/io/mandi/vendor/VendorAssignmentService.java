package io.mandi.vendor;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.order.Order;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the vendor for an order: ranks the vendors that list its products, offers it to the best
 * one not yet asked, and moves the order (at the agreed prices) to whoever takes it. Every step is
 * idempotent on the order and round, so a redelivered job offers nothing twice.
 */
@Service
public class VendorAssignmentService {
  public static final String RANKING_RULES = "ranking rules";

  private static final Set<OrderStatus> ASSIGNABLE =
      EnumSet.of(
          OrderStatus.PLACED,
          OrderStatus.AWAITING_CREDIT_APPROVAL,
          OrderStatus.AWAITING_ACCEPTANCE);

  private final VendorMapper vendors;
  private final VendorRankingPolicy policy;
  private final RuleRequests requests;
  private final OrderStatusService statuses;
  private final OrderQueryService orders;
  private final TaskInboxService inbox;
  private final Clock clock;

  VendorAssignmentService(
      VendorMapper vendors,
      VendorRankingPolicy policy,
      OrderStatusService statuses,
      OrderQueryService orders,
      TaskInboxService inbox,
      Clock clock,
      RuleRequests requests) {
    this.requests = requests;
    this.vendors = vendors;
    this.policy = policy;
    this.statuses = statuses;
    this.orders = orders;
    this.inbox = inbox;
    this.clock = clock;
  }

  /**
   * Offers the order to the best-ranked vendor that has not been offered it yet, recording why each
   * vendor was chosen or skipped. Empty when no vendor qualifies.
   */
  @Transactional
  public Optional<VendorRound> offerNext(long orderId, int round) {
    VendorRound existing = vendors.findRound(orderId, round);
    if (existing != null) {
      return Optional.of(existing);
    }
    requireAssignable(statuses.order(orderId));
    List<VendorCandidate> candidates = vendors.findCandidates(orderId);
    List<VendorRanking> ranking = policy.rank(candidates);
    requests.record(
        RuleSetName.VENDOR_RANKING, "Order #" + orderId + ", round " + round, candidates);
    VendorRanking best = ranking.stream().filter(VendorRanking::eligible).findFirst().orElse(null);
    Instant now = clock.instant();
    for (VendorRanking vendor : ranking) {
      vendors.insertDecision(
          orderId,
          round,
          vendor.sellerId(),
          vendor == best,
          vendor.score(),
          vendor.reason(),
          RANKING_RULES,
          now);
    }
    if (best == null) {
      return Optional.empty();
    }
    vendors.insertRound(orderId, round, best.sellerId(), now);
    moveTo(orderId, best.sellerId());
    return Optional.of(vendors.findRound(orderId, round));
  }

  /** What the vendor of a round answered; the first answer counts. */
  @Transactional
  public void recordAnswer(long orderId, int round, VendorAnswer answer, String reason) {
    vendors.answerRound(orderId, round, answer, clock.instant(), reason);
    if (answer == VendorAnswer.TIMED_OUT) { // the engine dropped the task; the inbox follows
      inbox.cancelOpenTasks(
          orderId, SellerAcceptanceTask.KIND, "No answer within the SLA; offered elsewhere");
    }
  }

  /** Operations see every vendor that lists a product of the order, ranked, for their pick. */
  public List<VendorRanking> rankingForOps(Actor actor, long orderId) {
    actor.require(Role.OPS);
    return policy.rank(vendors.findCandidates(orderId));
  }

  /**
   * Checks a vendor operations want to assign: it must list every product with enough stock. Ops
   * may pick a vendor at capacity or one that was already asked (they may have phoned it).
   */
  public void checkOpsChoice(long orderId, long sellerId) {
    VendorCandidate candidate =
        vendors.findCandidates(orderId).stream()
            .filter(c -> c.sellerId() == sellerId)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Vendor " + sellerId + " lists no product of order " + orderId));
    if (candidate.offeredLines() < candidate.lineCount()) {
      throw new IllegalArgumentException(
          candidate.sellerName() + " does not list every product of the order");
    }
    if (candidate.stockedLines() < candidate.lineCount()) {
      throw new IllegalArgumentException(candidate.sellerName() + " lacks stock for the order");
    }
    if (candidate.orderableLines() < candidate.lineCount()) {
      throw new IllegalArgumentException(
          candidate.sellerName() + "'s minimum order quantity is above the ordered quantity");
    }
  }

  /**
   * Operations pick a vendor in their escalation task: the pick is recorded and the task completes
   * in one transaction, so the process never runs ahead of what the database knows.
   */
  @Transactional
  public void pickForTask(Actor ops, long taskId, long sellerId, String comment) {
    ops.require(Role.OPS);
    HumanTask task = inbox.task(ops, taskId);
    if (!VendorPickTask.KIND.equals(task.kind()) || task.orderId() == null) {
      throw new IllegalArgumentException("Task " + taskId + " is not a vendor escalation");
    }
    assignByOps(task.orderId(), sellerId, ops.username(), comment == null ? null : comment.strip());
    inbox.completeChecked(
        ops,
        task,
        new TaskDecision(VendorPickTask.ASSIGN, comment, Map.of("chosenSellerId", sellerId)));
  }

  /** Operations assigned a vendor themselves; idempotent. */
  @Transactional
  public void assignByOps(long orderId, long sellerId, String by, String comment) {
    requireAssignable(statuses.order(orderId));
    checkOpsChoice(orderId, sellerId);
    List<VendorDecision> decided = vendors.findDecisions(orderId);
    VendorDecision last = decided.isEmpty() ? null : decided.getLast();
    boolean alreadyRecorded =
        last != null
            && last.chosen()
            && last.sellerId() == sellerId
            && !RANKING_RULES.equals(last.decidedBy());
    if (!alreadyRecorded) { // a redelivered job must not record the pick twice
      String reason =
          "Picked by operations" + (comment == null || comment.isBlank() ? "" : ": " + comment);
      vendors.insertDecision(
          orderId, roundsSoFar(orderId) + 1, sellerId, true, null, reason, by, clock.instant());
    }
    moveTo(orderId, sellerId);
  }

  /** Why vendors were chosen or skipped; a seller sees only its own rows. */
  /** The seller's own acceptance, on-time and cancellation figures. */
  public SellerPerformance performanceOf(Actor seller) {
    seller.require(Role.SELLER);
    return vendors.findPerformance(seller.sellerId());
  }

  public List<VendorDecision> decisions(Actor actor, long orderId) {
    orders.details(actor, orderId); // refuses orders the actor may not see
    // the ranking compares sellers by score: operations' business, not buyers' or sellers'
    return actor.role() == Role.OPS ? vendors.findDecisions(orderId) : List.of();
  }

  /** The order was cancelled while a vendor was deciding: that offer no longer counts. */
  @Transactional
  public void withdrawOpenOffers(long orderId) {
    for (VendorRound round : vendors.findRounds(orderId)) {
      if (round.outcome() == null) {
        vendors.answerRound(
            orderId, round.round(), VendorAnswer.WITHDRAWN, clock.instant(), "Order cancelled");
      }
    }
  }

  /**
   * The last round used for the order, by an offer or by a decision (an ops pick has a decision but
   * no offer); the next assignment counts on from it.
   */
  public int roundsSoFar(long orderId) {
    int decided =
        vendors.findDecisions(orderId).stream().mapToInt(VendorDecision::round).max().orElse(0);
    return Math.max(vendors.findRounds(orderId).size(), decided);
  }

  public List<VendorRound> rounds(long orderId) {
    return vendors.findRounds(orderId);
  }

  private void moveTo(long orderId, long sellerId) {
    statuses.assignSeller(orderId, sellerId);
  }

  private static void requireAssignable(Order order) {
    if (!ASSIGNABLE.contains(order.status())) {
      throw new IllegalStateException(
          "Order " + order.id() + " is " + order.status() + "; its vendor can no longer change");
    }
  }
}
