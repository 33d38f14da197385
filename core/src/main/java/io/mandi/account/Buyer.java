package io.mandi.account;

import java.math.BigDecimal;

public record Buyer(
    long id,
    String code,
    String name,
    BuyerKind kind,
    String region,
    String phone,
    BigDecimal creditLimit,
    String gstin,
    String address,
    String pinCode) {}
