package io.mandi.invoice;

import java.math.BigDecimal;
import java.time.Instant;

public record Invoice(
    String invoiceNo,
    long orderId,
    long sellerId,
    long buyerId,
    String placeOfSupply,
    boolean intraState,
    BigDecimal taxableValue,
    BigDecimal cgst,
    BigDecimal sgst,
    BigDecimal igst,
    BigDecimal total,
    Instant issuedAt,
    String supplierGstin,
    String recipientGstin,
    String supplierAddress,
    String recipientAddress,
    String amountInWords) {}
