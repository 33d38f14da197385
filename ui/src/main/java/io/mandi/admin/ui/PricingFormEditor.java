package io.mandi.admin.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.pricing.PricingRuleForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The common pricing rules as fields, so an admin changes a markdown without writing DRL. The
 * settings' own checks (the agreed markdown bands, guardrails) are shown as the reason a form
 * cannot be saved.
 */
class PricingFormEditor extends FormLayout {
  private final BigDecimalField distributor = percent("Distributor discount (%)");
  private final BigDecimalField government = percent("Government buyer discount (%)");
  private final BigDecimalField bulkRetailer = percent("Bulk retailer discount (%)");
  private final IntegerField bulkFrom = whole("Bulk retailer from (units)");
  private final BigDecimalField over90 = percent("Markdown, stock over 90 days (%)");
  private final BigDecimalField over180 = percent("Markdown, stock over 180 days (%)");
  private final IntegerField lowStockBelow = whole("Low stock: fewer than (units)");
  private final BigDecimalField lowStockMarkup = percent("Low-stock markup (%)");
  private final IntegerField highStockAbove = whole("High stock: more than (units)");
  private final BigDecimalField highStockMarkdown = percent("High-stock markdown (%)");
  private final TextField seasonName = new TextField("Season");
  private final TextField seasonMonths = new TextField("Season months (1-12, commas)");
  private final BigDecimalField seasonPercent = percent("Season factor (%; below 0 marks down)");
  private final BigDecimalField beatCompetitor =
      percent("Beat a cheaper competitor by (%; empty: ignore)");
  private final BigDecimalField minimumMargin = percent("Minimum margin over cost (%)");
  private final BigDecimalField ceiling = percent("Ceiling over list price (%)");

  PricingFormEditor() {
    seasonName.setMaxLength(40);
    seasonMonths.setAllowedCharPattern("[0-9, ]");
    seasonMonths.setMaxLength(40);
    add(
        distributor,
        government,
        bulkRetailer,
        bulkFrom,
        over90,
        over180,
        lowStockBelow,
        lowStockMarkup,
        highStockAbove,
        highStockMarkdown,
        seasonName,
        seasonMonths,
        seasonPercent,
        beatCompetitor,
        minimumMargin,
        ceiling);
    setResponsiveSteps(
        new ResponsiveStep("0", 1),
        new ResponsiveStep("600px", 2),
        new ResponsiveStep("1000px", 3));
    addClassName("pricing-form");
  }

  void show(PricingRuleForm form) {
    distributor.setValue(form.distributorPercent());
    government.setValue(form.governmentPercent());
    bulkRetailer.setValue(form.bulkRetailerPercent());
    bulkFrom.setValue(form.bulkRetailerFromQuantity());
    over90.setValue(form.over90DaysPercent());
    over180.setValue(form.over180DaysPercent());
    lowStockBelow.setValue(form.lowStockBelow());
    lowStockMarkup.setValue(form.lowStockMarkupPercent());
    highStockAbove.setValue(form.highStockAbove());
    highStockMarkdown.setValue(form.highStockMarkdownPercent());
    seasonName.setValue(form.seasonName());
    seasonMonths.setValue(
        String.join(", ", form.seasonMonths().stream().map(String::valueOf).toList()));
    seasonPercent.setValue(form.seasonPercent());
    beatCompetitor.setValue(form.beatCompetitorPercent());
    minimumMargin.setValue(form.minimumMarginPercent());
    ceiling.setValue(form.ceilingPercent());
  }

  /** The settings as filled in; their problems are checked by {@link PricingRuleForm#problems}. */
  PricingRuleForm read() {
    return new PricingRuleForm(
        distributor.getValue(),
        government.getValue(),
        bulkRetailer.getValue(),
        orZero(bulkFrom.getValue()),
        over90.getValue(),
        over180.getValue(),
        orZero(lowStockBelow.getValue()),
        lowStockMarkup.getValue(),
        orZero(highStockAbove.getValue()),
        highStockMarkdown.getValue(),
        seasonName.getValue().strip(),
        months(seasonMonths.getValue()),
        seasonPercent.getValue(),
        beatCompetitor.getValue(),
        minimumMargin.getValue(),
        ceiling.getValue());
  }

  void setReadOnly(boolean readOnly) {
    getChildren()
        .forEach(
            field -> {
              if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setReadOnly(readOnly);
              }
            });
  }

  /** Months as typed; a month that is not a number becomes 0, which the form's checks refuse. */
  private static List<Integer> months(String text) {
    List<Integer> months = new ArrayList<>();
    Arrays.stream(text.split("[, ]+"))
        .filter(part -> !part.isBlank())
        .forEach(part -> months.add(part.length() > 2 ? 0 : Integer.parseInt(part)));
    return months;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static BigDecimalField percent(String label) {
    BigDecimalField field = new BigDecimalField(label);
    field.setWidthFull();
    return field;
  }

  private static IntegerField whole(String label) {
    IntegerField field = new IntegerField(label);
    field.setMin(0);
    field.setWidthFull();
    return field;
  }
}
