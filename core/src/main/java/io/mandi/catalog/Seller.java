package io.mandi.catalog;

public record Seller(
    long id,
    String code,
    String name,
    SellerKind kind,
    String region,
    String phone,
    int capacity) {}
