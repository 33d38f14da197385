package io.mandi.payment;

import java.math.BigDecimal;

/**
 * Where the money held for an order would go if it were settled now: shown to the person before
 * they release, refund or split it, with the same arithmetic the settlement uses.
 *
 * @param held what escrow holds for the order
 * @param toBuyer what goes back to the buyer
 * @param toSeller what is released to the seller before commission
 * @param commission the platform's commission on {@code toSeller}
 * @param sellerNet what the seller is paid
 */
public record EscrowPreview(
    BigDecimal held,
    BigDecimal toBuyer,
    BigDecimal toSeller,
    BigDecimal commission,
    BigDecimal sellerNet) {}
