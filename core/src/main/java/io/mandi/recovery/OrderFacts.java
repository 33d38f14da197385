package io.mandi.recovery;

import io.mandi.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What PostgreSQL records about an order that decides where its process stands: the statuses of the
 * order, its vendor rounds, payment, escrow, transfer, shipment, dispute and invoice, the instants
 * its windows started, and the order's open inbox task (if any). A payment intent is recorded
 * before the gateway is asked, so {@code gatewayOrderCreated} says whether the gateway answered.
 */
public record OrderFacts(
    long orderId,
    OrderStatus status,
    long buyerId,
    long sellerId,
    BigDecimal totalAmount,
    String engineRun,
    Long processInstanceKey,
    Instant statusSince,
    Integer lastRound,
    String lastRoundOutcome,
    Instant lastRoundOfferedAt,
    String paymentStatus,
    boolean gatewayOrderCreated,
    Instant paymentRequestedAt,
    String escrowStatus,
    String transferStatus,
    String shipmentStatus,
    boolean settlementClaimed,
    String disputeStatus,
    Instant disputeOpenedAt,
    Instant refundOfferedAt,
    Instant deliveredAt,
    boolean invoiced,
    String openTaskKind) {

  public boolean paid() {
    return escrowStatus != null;
  }
}
