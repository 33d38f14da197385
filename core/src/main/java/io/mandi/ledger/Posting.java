package io.mandi.ledger;

import java.math.BigDecimal;

/** A signed amount added to one account's balance. */
public record Posting(String accountId, BigDecimal amount) {}
