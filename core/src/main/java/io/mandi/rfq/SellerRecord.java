package io.mandi.rfq;

import io.mandi.catalog.SellerKind;

/** What scoring weighs about an invited seller besides its quote. */
record SellerRecord(
    long sellerId, SellerKind kind, boolean local, Double acceptanceRate, Double onTimeRate) {}
