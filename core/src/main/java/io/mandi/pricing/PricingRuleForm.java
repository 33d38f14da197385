package io.mandi.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The common pricing rules as settings an admin fills in, so a markdown never needs DRL. {@link
 * #toDrl()} writes the rule text; the shipped pricing.drl is exactly the text of {@link
 * #defaults()}. Percentages are whole or two-decimal numbers; a rule whose percentage is zero (or,
 * for the competitor, absent) is left out.
 *
 * @param seasonPercent signed: below zero marks the season down, above zero marks it up
 * @param beatCompetitorPercent how far under a cheaper competitor to go (0 matches it), or null to
 *     ignore competitors
 */
public record PricingRuleForm(
    BigDecimal distributorPercent,
    BigDecimal governmentPercent,
    BigDecimal bulkRetailerPercent,
    int bulkRetailerFromQuantity,
    BigDecimal over90DaysPercent,
    BigDecimal over180DaysPercent,
    int lowStockBelow,
    BigDecimal lowStockMarkupPercent,
    int highStockAbove,
    BigDecimal highStockMarkdownPercent,
    String seasonName,
    List<Integer> seasonMonths,
    BigDecimal seasonPercent,
    BigDecimal beatCompetitorPercent,
    BigDecimal minimumMarginPercent,
    BigDecimal ceilingPercent) {

  private static final Pattern SEASON_NAME = Pattern.compile("[A-Za-z0-9 ,&-]{1,40}");

  public static PricingRuleForm defaults() {
    return new PricingRuleForm(
        pct("3"),
        pct("2"),
        pct("1"),
        100,
        pct("10"),
        pct("25"),
        10,
        pct("5"),
        5000,
        pct("5"),
        "Monsoon",
        List.of(7, 8),
        pct("-3"),
        pct("1"),
        pct("5"),
        pct("10"));
  }

  // The same settings with one changed, for a draft that changes one thing.

  public PricingRuleForm withDistributorPercent(BigDecimal percent) {
    return new PricingRuleForm(
        percent,
        governmentPercent,
        bulkRetailerPercent,
        bulkRetailerFromQuantity,
        over90DaysPercent,
        over180DaysPercent,
        lowStockBelow,
        lowStockMarkupPercent,
        highStockAbove,
        highStockMarkdownPercent,
        seasonName,
        seasonMonths,
        seasonPercent,
        beatCompetitorPercent,
        minimumMarginPercent,
        ceilingPercent);
  }

  public PricingRuleForm withOver90DaysPercent(BigDecimal percent) {
    return new PricingRuleForm(
        distributorPercent,
        governmentPercent,
        bulkRetailerPercent,
        bulkRetailerFromQuantity,
        percent,
        over180DaysPercent,
        lowStockBelow,
        lowStockMarkupPercent,
        highStockAbove,
        highStockMarkdownPercent,
        seasonName,
        seasonMonths,
        seasonPercent,
        beatCompetitorPercent,
        minimumMarginPercent,
        ceilingPercent);
  }

  public PricingRuleForm withOver180DaysPercent(BigDecimal percent) {
    return new PricingRuleForm(
        distributorPercent,
        governmentPercent,
        bulkRetailerPercent,
        bulkRetailerFromQuantity,
        over90DaysPercent,
        percent,
        lowStockBelow,
        lowStockMarkupPercent,
        highStockAbove,
        highStockMarkdownPercent,
        seasonName,
        seasonMonths,
        seasonPercent,
        beatCompetitorPercent,
        minimumMarginPercent,
        ceilingPercent);
  }

  /** What is wrong with these settings, in words; empty when they can be published. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    range(problems, "Distributor discount", distributorPercent, "0", "50");
    range(problems, "Government buyer discount", governmentPercent, "0", "50");
    range(problems, "Bulk retailer discount", bulkRetailerPercent, "0", "50");
    if (bulkRetailerFromQuantity < 1) {
      problems.add("Bulk retailer quantity must be at least 1");
    }
    // The markdown bands the business agreed: 10-20 % after 90 days, 20-40 % after 180 days.
    range(problems, "Markdown for stock over 90 days", over90DaysPercent, "10", "20");
    range(problems, "Markdown for stock over 180 days", over180DaysPercent, "20", "40");
    range(problems, "Low-stock markup", lowStockMarkupPercent, "0", "25");
    range(problems, "High-stock markdown", highStockMarkdownPercent, "0", "25");
    if (lowStockBelow < 1 || highStockAbove <= lowStockBelow) {
      problems.add("Low stock must be at least 1 unit and below the high-stock level");
    }
    if (seasonName == null || !SEASON_NAME.matcher(seasonName).matches()) {
      problems.add("Season name: 1 to 40 letters, digits, spaces, commas, & or -");
    }
    if (seasonMonths == null
        || seasonMonths.stream().anyMatch(m -> m == null || m < 1 || m > 12)
        || seasonMonths.stream().distinct().count() != seasonMonths.size()) {
      problems.add("Season months must be distinct months from 1 to 12");
    }
    range(problems, "Season factor", seasonPercent, "-30", "30");
    if (beatCompetitorPercent != null) {
      range(problems, "Beat a competitor by", beatCompetitorPercent, "0", "20");
    }
    range(problems, "Minimum margin over cost", minimumMarginPercent, "0", "100");
    range(problems, "Ceiling over list price", ceilingPercent, "0", "100");
    return problems;
  }

  private static void range(
      List<String> problems, String what, BigDecimal value, String min, String max) {
    if (value == null) {
      problems.add(what + " is missing");
    } else if (value.compareTo(new BigDecimal(min)) < 0
        || value.compareTo(new BigDecimal(max)) > 0) {
      problems.add(what + " must be between " + min + " and " + max + " %");
    } else if (value.stripTrailingZeros().scale() > 2) {
      problems.add(what + " can have at most two decimals");
    }
  }

  /** The DRL these settings stand for. Call only when {@link #problems()} is empty. */
  public String toDrl() {
    if (!problems().isEmpty()) {
      throw new IllegalStateException("Pricing settings have problems: " + problems());
    }
    StringBuilder drl = new StringBuilder();
    drl.append(
        """
        package io.mandi.pricing.rules;

        import io.mandi.account.BuyerKind;

        // Written by the pricing form (PricingRuleForm). The list price already reflects the offer's
        // quantity break. Each rule changes the price through PriceFact, which records the rule, what
        // it saw, and the price before and after. Conditions read only facts that do not change, so
        // salience alone orders the steps: customer group, stock age, stock level, season,
        // competitor, then the ceiling and the floor as guardrails.
        """);
    if (positive(distributorPercent)) {
      rule(
          drl,
          "Distributor price",
          100,
          "buyerKind == BuyerKind.DISTRIBUTOR",
          off(distributorPercent, "\"the buyer is a distributor\""));
    }
    if (positive(governmentPercent)) {
      rule(
          drl,
          "Government buyer price",
          100,
          "buyerKind == BuyerKind.GOVERNMENT",
          off(governmentPercent, "\"the buyer is a government department\""));
    }
    if (positive(bulkRetailerPercent)) {
      rule(
          drl,
          "Bulk retailer price",
          100,
          "buyerKind == BuyerKind.RETAILER, quantity >= " + bulkRetailerFromQuantity,
          off(
              bulkRetailerPercent,
              "\"a retailer buying \" + $line.getQuantity() + \" units, "
                  + bulkRetailerFromQuantity
                  + " or more\""));
    }
    rule(
        drl,
        "Markdown: stock older than 180 days",
        90,
        "stockAgeDays != null, stockAgeDays > 180",
        off(over180DaysPercent, "\"in stock for \" + $line.getStockAgeDays() + \" days\""));
    rule(
        drl,
        "Markdown: stock older than 90 days",
        90,
        "stockAgeDays != null, stockAgeDays > 90, stockAgeDays <= 180",
        off(over90DaysPercent, "\"in stock for \" + $line.getStockAgeDays() + \" days\""));
    if (positive(lowStockMarkupPercent)) {
      rule(
          drl,
          "Markup: low stock",
          80,
          "stock != null, stock < " + lowStockBelow,
          up(
              lowStockMarkupPercent,
              "\"only \" + $line.getStock() + \" in stock, fewer than " + lowStockBelow + "\""));
    }
    if (positive(highStockMarkdownPercent)) {
      rule(
          drl,
          "Markdown: high stock",
          80,
          "stock != null, stock > " + highStockAbove,
          off(
              highStockMarkdownPercent,
              "\"\" + $line.getStock() + \" in stock, more than " + highStockAbove + "\""));
    }
    if (seasonPercent.signum() != 0 && !seasonMonths.isEmpty()) {
      String months = seasonMonths.stream().map(String::valueOf).collect(Collectors.joining(", "));
      String because = "\"month \" + $line.getMonth() + \" is in the " + seasonName + " season\"";
      rule(
          drl,
          "Season: " + seasonName,
          70,
          "month != null, month in (" + months + ")",
          seasonPercent.signum() < 0
              ? off(seasonPercent.negate(), because)
              : up(seasonPercent, because));
    }
    if (beatCompetitorPercent != null) {
      rule(
          drl,
          "Beat a cheaper competitor",
          60,
          "competitorPrice != null",
          "$line.beatCompetitor(\""
              + plain(beatCompetitorPercent)
              + "\", drools.getRule().getName());");
    }
    rule(
        drl,
        "Ceiling over list price",
        20,
        "",
        "$line.capOverList(\"" + plain(ceilingPercent) + "\", drools.getRule().getName());");
    rule(
        drl,
        "Floor: seller's minimum and cost plus margin",
        10,
        "",
        "$line.keepAtOrAboveFloor(\""
            + plain(minimumMarginPercent)
            + "\", drools.getRule().getName());");
    return drl.toString();
  }

  private static void rule(
      StringBuilder drl, String name, int salience, String condition, String action) {
    drl.append('\n')
        .append("rule \"")
        .append(name)
        .append("\"\n")
        .append("salience ")
        .append(salience)
        .append('\n')
        .append("when\n")
        .append("    $line : PriceFact( ")
        .append(condition)
        .append(condition.isEmpty() ? "" : " ")
        .append(")\n")
        .append("then\n")
        .append("    ")
        .append(action)
        .append('\n')
        .append("end\n");
  }

  private static String off(BigDecimal percent, String because) {
    return "$line.percentOff(\""
        + plain(percent)
        + "\", drools.getRule().getName(), "
        + because
        + ");";
  }

  private static String up(BigDecimal percent, String because) {
    return "$line.percentUp(\""
        + plain(percent)
        + "\", drools.getRule().getName(), "
        + because
        + ");";
  }

  private static boolean positive(BigDecimal value) {
    return value.signum() > 0;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }
}
