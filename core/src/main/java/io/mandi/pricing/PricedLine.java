package io.mandi.pricing;

import java.math.BigDecimal;
import java.util.List;

/** The locked unit price, the rule set version that produced it, and the rules that applied. */
public record PricedLine(BigDecimal unitPrice, String ruleSetVersion, List<String> rules) {}
