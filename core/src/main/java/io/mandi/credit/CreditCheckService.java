package io.mandi.credit;

import io.mandi.account.AccountService;
import io.mandi.account.Buyer;
import io.mandi.order.Order;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatusService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks an order against its buyer's credit limit and open exposure. */
@Service
public class CreditCheckService {
  private final OrderQueryService orders;
  private final AccountService accounts;
  private final OrderStatusService statuses;
  private final CreditPolicy policy;

  CreditCheckService(
      OrderQueryService orders,
      AccountService accounts,
      OrderStatusService statuses,
      CreditPolicy policy) {
    this.orders = orders;
    this.accounts = accounts;
    this.statuses = statuses;
    this.policy = policy;
  }

  /** Decides, and marks the order as waiting for operations when the rules say so. */
  @Transactional
  public CreditDecision check(long orderId) {
    Order order = statuses.order(orderId);
    Buyer buyer = accounts.buyer(order.buyerId());
    CreditDecision decision =
        policy.decide(
            new CreditFacts(
                buyer.kind(),
                buyer.creditLimit(),
                orders.openExposure(buyer.id(), orderId),
                order.totalAmount()));
    if (!decision.approved()) {
      statuses.awaitCreditApproval(orderId, decision.reason());
    }
    return decision;
  }
}
