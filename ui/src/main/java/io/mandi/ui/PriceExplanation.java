package io.mandi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.mandi.order.OrderLine;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingFactsJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a price is what it is: the rule set version, each rule that changed it with what it saw and
 * the price before and after, and the facts it was priced on.
 */
public final class PriceExplanation {

  private PriceExplanation() {}

  public static Div of(PricingFacts facts, BigDecimal unitPrice, PricedLine priced) {
    return explain(unitPrice, priced.ruleSetVersion(), facts, priced.rules());
  }

  /** An order line's explanation, from what was kept with it when it was priced. */
  public static Div of(OrderLine line) {
    if (line.agreed()) {
      Div agreed = new Div(new Span("Price agreed in a negotiation (request for quotation)"));
      agreed.addClassName("price-explanation");
      return agreed;
    }
    return explain(
        line.unitPrice(),
        line.priceRuleVersion(),
        PricingFactsJson.facts(line.priceInputs()).orElse(null),
        line.priceSteps());
  }

  private static Div explain(
      BigDecimal unitPrice, String version, PricingFacts facts, List<String> steps) {
    Div box = new Div();
    box.addClassName("price-explanation");
    box.add(
        new Span(
            Formats.rupees(unitPrice)
                + " a unit"
                + (version == null ? "" : ", priced by " + version)
                + (facts == null
                    ? ""
                    : " from the list price " + Formats.rupees(facts.listPrice()))));
    UnorderedList list = new UnorderedList();
    if (steps.isEmpty()) {
      list.add(new ListItem("No rule changed the list price"));
    }
    steps.forEach(step -> list.add(new ListItem(step)));
    list.addClassName("price-steps");
    list.getStyle().set("margin", "0");
    box.add(list);
    if (facts != null) {
      Span inputs = new Span("Priced on: " + String.join(" · ", inputs(facts)));
      inputs.addClassName("price-inputs");
      inputs.getStyle().set("font-size", "var(--lumo-font-size-s)");
      box.add(inputs);
    }
    return box;
  }

  private static List<String> inputs(PricingFacts facts) {
    List<String> parts = new ArrayList<>();
    parts.add(Formats.label(facts.buyerKind().name()).toLowerCase() + " buyer");
    parts.add(facts.quantity() + " units");
    if (facts.floorPrice() != null) {
      parts.add("seller's minimum " + Formats.rupees(facts.floorPrice()));
    }
    if (facts.costPrice() != null) {
      parts.add("cost " + Formats.rupees(facts.costPrice()));
    }
    if (facts.stock() != null) {
      parts.add(facts.stock() + " in stock");
    }
    if (facts.stockAgeDays() != null) {
      parts.add("in stock for " + facts.stockAgeDays() + " days");
    }
    if (facts.competitorPrice() != null) {
      parts.add("competitor " + Formats.rupees(facts.competitorPrice()));
    }
    if (facts.month() != null) {
      parts.add("month " + facts.month());
    }
    return parts;
  }
}
