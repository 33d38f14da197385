package io.mandi.ruleset;

import java.math.BigDecimal;

/**
 * A real request whose result the draft would change.
 *
 * @param request what was asked, in words (e.g. "Order #12 line 1: 20 × Toor Dal")
 * @param changePercent the change relative to the old value, when both are numbers
 */
public record ShadowChange(
    String request, String oldValue, String newValue, BigDecimal changePercent) {}
