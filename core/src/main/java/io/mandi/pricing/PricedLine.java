package io.mandi.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The locked unit price, the rule set version that produced it, and the rules that changed it, each
 * as a step in words: the rule, what it saw, and the price before and after.
 */
public record PricedLine(BigDecimal unitPrice, String ruleSetVersion, List<String> rules) {}
