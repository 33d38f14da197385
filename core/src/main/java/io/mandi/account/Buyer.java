package io.mandi.account;

public record Buyer(
    long id, String code, String name, BuyerKind kind, String region, String phone) {}
