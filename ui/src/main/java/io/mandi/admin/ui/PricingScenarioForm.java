package io.mandi.admin.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.account.BuyerKind;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ui.Formats;
import java.math.BigDecimal;

/** A pricing scenario as fields: the line's facts, and the unit price the rules must give. */
class PricingScenarioForm extends FormLayout implements ScenarioEditor {
  private final TextField name = new TextField("Scenario");
  private final Select<BuyerKind> buyerKind = new Select<>();
  private final IntegerField quantity = new IntegerField("Quantity");
  private final BigDecimalField listPrice = new BigDecimalField("List price (₹)");
  private final BigDecimalField floorPrice = new BigDecimalField("Seller's minimum (₹)");
  private final BigDecimalField costPrice = new BigDecimalField("Cost (₹)");
  private final IntegerField stock = new IntegerField("Stock (units)");
  private final IntegerField stockAgeDays = new IntegerField("Days in stock");
  private final BigDecimalField competitorPrice = new BigDecimalField("Competitor's price (₹)");
  private final IntegerField month = new IntegerField("Month (1-12)");
  private final BigDecimalField expected = new BigDecimalField("Expected unit price (₹)");

  PricingScenarioForm() {
    name.setMaxLength(200);
    buyerKind.setLabel("Buyer");
    buyerKind.setItems(BuyerKind.values());
    buyerKind.setItemLabelGenerator(kind -> Formats.label(kind.name()));
    buyerKind.setValue(BuyerKind.RETAILER);
    quantity.setMin(1);
    month.setMin(1);
    month.setMax(12);
    add(
        name,
        buyerKind,
        quantity,
        listPrice,
        floorPrice,
        costPrice,
        stock,
        stockAgeDays,
        competitorPrice,
        month,
        expected);
    setColspan(name, 2);
    setResponsiveSteps(
        new ResponsiveStep("0", 1),
        new ResponsiveStep("600px", 2),
        new ResponsiveStep("1000px", 4));
    addClassName("scenario-form");
  }

  @Override
  public com.vaadin.flow.component.Component form() {
    return this;
  }

  @Override
  public String name() {
    return name.getValue();
  }

  /** Fills the fields from a stored scenario, to change it. */
  @Override
  public void show(RuleScenario scenario) {
    name.setValue(scenario.name());
    expected.setValue(new BigDecimal(scenario.expected()));
    PricingFactsJson.facts(scenario.given())
        .ifPresent(
            facts -> {
              buyerKind.setValue(facts.buyerKind());
              quantity.setValue(facts.quantity());
              listPrice.setValue(facts.listPrice());
              floorPrice.setValue(facts.floorPrice());
              costPrice.setValue(facts.costPrice());
              stock.setValue(facts.stock());
              stockAgeDays.setValue(facts.stockAgeDays());
              competitorPrice.setValue(facts.competitorPrice());
              month.setValue(facts.month());
            });
  }

  /** The facts as JSON; missing required ones make an incomplete text the service refuses. */
  @Override
  public String given() {
    return PricingFactsJson.write(
        new PricingFacts(
            buyerKind.getValue(),
            quantity.getValue() == null ? 0 : quantity.getValue(),
            listPrice.getValue(),
            floorPrice.getValue(),
            costPrice.getValue(),
            stock.getValue(),
            stockAgeDays.getValue(),
            competitorPrice.getValue(),
            month.getValue()));
  }

  @Override
  public String expected() {
    return expected.getValue() == null ? "" : expected.getValue().toPlainString();
  }

  /** A scenario's facts in one line, for the list. */
  @Override
  public String summary(String given) {
    return PricingFactsJson.facts(given)
        .map(
            f ->
                Formats.label(f.buyerKind().name())
                    + " × "
                    + f.quantity()
                    + " at list ₹"
                    + f.listPrice().toPlainString()
                    + part(" · minimum ₹", f.floorPrice())
                    + part(" · cost ₹", f.costPrice())
                    + part(" · stock ", f.stock())
                    + part(" · in stock ", f.stockAgeDays(), " days")
                    + part(" · competitor ₹", f.competitorPrice())
                    + part(" · month ", f.month()))
        .orElse(given);
  }

  private static String part(String label, Object value) {
    return part(label, value, "");
  }

  private static String part(String label, Object value, String unit) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    return label + text + unit;
  }
}
