package io.mandi.pricing.rules;

import io.mandi.account.BuyerKind;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingRuleForm;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pricing form's policy written in plain Java, step for step as {@link PricingRuleForm#toDrl()}
 * writes it: the benchmark's baseline for the rules, and a cross-check of the DRL the form writes
 * (both must give identical prices and steps).
 */
public final class PlainJavaPricing {
  private final PricingRuleForm form;
  private final String label;

  public PlainJavaPricing(PricingRuleForm form, String label) {
    this.form = form;
    this.label = label;
  }

  public PricedLine price(PricingFacts facts) {
    PriceFact line = new PriceFact(facts);
    BuyerKind kind = facts.buyerKind();
    if (kind == BuyerKind.DISTRIBUTOR && positive(form.distributorPercent())) {
      line.percentOff(
          plain(form.distributorPercent()), "Distributor price", "the buyer is a distributor");
    }
    if (kind == BuyerKind.GOVERNMENT && positive(form.governmentPercent())) {
      line.percentOff(
          plain(form.governmentPercent()),
          "Government buyer price",
          "the buyer is a government department");
    }
    if (kind == BuyerKind.RETAILER
        && facts.quantity() >= form.bulkRetailerFromQuantity()
        && positive(form.bulkRetailerPercent())) {
      line.percentOff(
          plain(form.bulkRetailerPercent()),
          "Bulk retailer price",
          "a retailer buying "
              + facts.quantity()
              + " units, "
              + form.bulkRetailerFromQuantity()
              + " or more");
    }
    Integer age = facts.stockAgeDays();
    if (age != null && age > 180) {
      line.percentOff(
          plain(form.over180DaysPercent()),
          "Markdown: stock older than 180 days",
          "in stock for " + age + " days");
    } else if (age != null && age > 90) {
      line.percentOff(
          plain(form.over90DaysPercent()),
          "Markdown: stock older than 90 days",
          "in stock for " + age + " days");
    }
    Integer stock = facts.stock();
    if (stock != null && stock < form.lowStockBelow() && positive(form.lowStockMarkupPercent())) {
      line.percentUp(
          plain(form.lowStockMarkupPercent()),
          "Markup: low stock",
          "only " + stock + " in stock, fewer than " + form.lowStockBelow());
    }
    if (stock != null
        && stock > form.highStockAbove()
        && positive(form.highStockMarkdownPercent())) {
      line.percentOff(
          plain(form.highStockMarkdownPercent()),
          "Markdown: high stock",
          stock + " in stock, more than " + form.highStockAbove());
    }
    Integer month = facts.month();
    if (month != null
        && form.seasonPercent().signum() != 0
        && form.seasonMonths().contains(month)) {
      String rule = "Season: " + form.seasonName();
      String because = "month " + month + " is in the " + form.seasonName() + " season";
      if (form.seasonPercent().signum() < 0) {
        line.percentOff(plain(form.seasonPercent().negate()), rule, because);
      } else {
        line.percentUp(plain(form.seasonPercent()), rule, because);
      }
    }
    if (form.beatCompetitorPercent() != null && facts.competitorPrice() != null) {
      line.beatCompetitor(plain(form.beatCompetitorPercent()), "Beat a cheaper competitor");
    }
    line.capOverList(plain(form.ceilingPercent()), "Ceiling over list price");
    line.keepAtOrAboveFloor(
        plain(form.minimumMarginPercent()), "Floor: seller's minimum and cost plus margin");
    return new PricedLine(line.price(), label, line.steps());
  }

  public List<PricedLine> priceAll(List<PricingFacts> lines) {
    return lines.stream().map(this::price).toList();
  }

  private static boolean positive(BigDecimal value) {
    return value.signum() > 0;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
