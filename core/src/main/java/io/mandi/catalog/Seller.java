package io.mandi.catalog;

/**
 * A seller, with how many open orders it can work on and its linked account at the payment gateway
 * (null until onboarding links one), and its GST registration and address (null until given).
 */
public record Seller(
    long id,
    String code,
    String name,
    SellerKind kind,
    String region,
    String phone,
    int capacity,
    String payoutAccount,
    String gstin,
    String address,
    String pinCode) {}
