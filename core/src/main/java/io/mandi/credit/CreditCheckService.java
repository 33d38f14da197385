package io.mandi.credit;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.Role;
import io.mandi.order.Order;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatusService;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks an order against its buyer's credit limit and open exposure. */
@Service
public class CreditCheckService {
  private final OrderQueryService orders;
  private final AccountService accounts;
  private final OrderStatusService statuses;
  private final CreditPolicy policy;
  private final RuleRequests requests;

  CreditCheckService(
      OrderQueryService orders,
      AccountService accounts,
      OrderStatusService statuses,
      CreditPolicy policy,
      RuleRequests requests) {
    this.requests = requests;
    this.orders = orders;
    this.accounts = accounts;
    this.statuses = statuses;
    this.policy = policy;
  }

  /**
   * Whether an order of this amount would wait for operations' credit approval, by the same rules;
   * empty when it would go straight to the seller. Changes nothing.
   */
  public java.util.Optional<String> wouldNeedApproval(Actor buyer, BigDecimal amount) {
    buyer.require(Role.BUYER);
    Buyer account = accounts.buyer(buyer.buyerId());
    CreditDecision decision =
        policy.decide(
            new CreditFacts(
                account.kind(),
                account.creditLimit(),
                orders.openExposure(account.id(), -1),
                amount));
    return decision.approved()
        ? java.util.Optional.empty()
        : java.util.Optional.of(decision.reason());
  }

  /** Decides, and marks the order as waiting for operations when the rules say so. */
  @Transactional
  public CreditDecision check(long orderId) {
    Order order = statuses.order(orderId);
    Buyer buyer = accounts.buyer(order.buyerId());
    CreditFacts facts =
        new CreditFacts(
            buyer.kind(),
            buyer.creditLimit(),
            orders.openExposure(buyer.id(), orderId),
            order.totalAmount());
    CreditDecision decision = policy.decide(facts);
    requests.record(RuleSetName.CREDIT, "Order #" + orderId, facts);
    if (!decision.approved()) {
      statuses.awaitCreditApproval(orderId, decision.reason());
    }
    return decision;
  }
}
