package io.mandi.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one settled order paid a seller: the buyer's payment, what went back to the buyer, Mandi's
 * commission, the seller's net, and where the gateway transfer of the seller's share stands.
 *
 * @param gross what the buyer paid into escrow
 * @param refunded what went back to the buyer (a refund or a dispute's split)
 * @param transferStatus the gateway transfer: REQUESTED, ON_HOLD, RELEASED or REVERSED; null if the
 *     order had no transfer
 * @param reversed what the gateway took back from the seller's transfer after a refund
 */
public record SellerPayout(
    long orderId,
    Instant settledAt,
    BigDecimal gross,
    BigDecimal refunded,
    BigDecimal commission,
    BigDecimal net,
    String transferStatus,
    BigDecimal reversed) {}
