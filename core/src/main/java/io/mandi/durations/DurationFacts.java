package io.mandi.durations;

import io.mandi.account.BuyerKind;
import io.mandi.catalog.SellerKind;
import java.math.BigDecimal;

/** What the durations rules decide on: who buys, who sells, and how much. */
public record DurationFacts(BuyerKind buyerKind, SellerKind sellerKind, BigDecimal orderAmount) {}
