package io.mandi.order.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.mandi.order.OrderFilter;
import io.mandi.order.OrderStatus;
import io.mandi.ui.Formats;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The filters above an order list: search and status at hand, the rest folded away on small
 * screens. Each change gives the list a new filter and the address parameters that reproduce it; a
 * filter the list cannot use (a range the wrong way round) is explained and not applied.
 */
class OrderFilterForm extends Composite<VerticalLayout> {
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private final TextField search = new TextField("Search");
  private final MultiSelectComboBox<OrderStatus> status = new MultiSelectComboBox<>("Status");
  private final BigDecimalField minValue = new BigDecimalField("Value from (₹)");
  private final BigDecimalField maxValue = new BigDecimalField("Value to (₹)");
  private final DatePicker placedFrom = new DatePicker("Placed from");
  private final DatePicker placedTo = new DatePicker("Placed until");
  private final TextField region = new TextField("Buyer's state");
  private final IntegerField idleHours = new IntegerField("No change for (hours)");
  private final Span problem = new Span();
  private final BiConsumer<OrderFilter, Map<String, String>> changed;
  private final String prefix;
  private OrderFilter filter = OrderFilter.none();
  private Map<String, String> parameters = Map.of();
  private boolean reading;

  /**
   * @param prefix of this form's address parameters: "" for the first set of conditions, "or1." and
   *     so on for each set that is OR'ed to it
   * @param changed told the form's new filter and its address parameters
   */
  OrderFilterForm(
      boolean operations, String prefix, BiConsumer<OrderFilter, Map<String, String>> changed) {
    this.changed = changed;
    this.prefix = prefix;
    search.setPlaceholder("Order number or name");
    search.setMaxLength(100);
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    status.setItems(OrderStatus.values());
    status.setItemLabelGenerator(s -> Formats.label(s.name()));
    region.setPlaceholder("e.g. MH");
    region.setMaxLength(40);
    region.setValueChangeMode(ValueChangeMode.LAZY);
    idleHours.setMin(1);
    minValue.setWidth("9em");
    maxValue.setWidth("9em");
    placedFrom.setWidth("10em");
    placedTo.setWidth("10em");
    problem.addClassName("filter-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");

    FlexLayout more = row(minValue, maxValue, placedFrom, placedTo);
    if (operations) {
      more.add(region, idleHours);
    }
    List<HasValue<?, ?>> fields =
        List.of(search, status, minValue, maxValue, placedFrom, placedTo, region, idleHours);
    fields.forEach(field -> field.addValueChangeListener(event -> apply()));

    VerticalLayout layout = getContent();
    layout.setPadding(false);
    layout.setSpacing(false);
    layout.add(row(search, status), new Details("More filters", more), problem);
  }

  /** Whether an address carries conditions for the form with this prefix. */
  static boolean present(QueryParameters parameters, String prefix) {
    return parameters.getParameters().keySet().stream()
        .anyMatch(
            name -> name.startsWith(prefix) && !name.substring(prefix.length()).contains("."));
  }

  OrderFilter filter() {
    return filter;
  }

  Map<String, String> parameters() {
    return parameters;
  }

  /** Fills the fields from an address (a bookmark or a shared link), then applies them once. */
  void read(QueryParameters parameters) {
    reading = true;
    try {
      Map<String, String> p =
          parameters.getParameters().entrySet().stream()
              .filter(e -> !e.getValue().isEmpty() && e.getKey().startsWith(prefix))
              .filter(e -> !e.getKey().substring(prefix.length()).contains("."))
              .collect(
                  Collectors.toMap(
                      e -> e.getKey().substring(prefix.length()), e -> e.getValue().getFirst()));
      search.setValue(p.getOrDefault("q", ""));
      status.setValue(statuses(p.get("status")));
      minValue.setValue(money(p.get("min")));
      maxValue.setValue(money(p.get("max")));
      placedFrom.setValue(date(p.get("from")));
      placedTo.setValue(date(p.get("to")));
      region.setValue(p.getOrDefault("region", ""));
      idleHours.setValue(hours(p.get("idle")));
    } finally {
      reading = false;
    }
    apply();
  }

  private void apply() {
    if (reading) {
      return;
    }
    try {
      OrderFilter filter =
          OrderFilter.none()
              .withText(search.getValue())
              .withStatuses(status.getValue())
              .withValue(minValue.getValue(), maxValue.getValue())
              .withPlaced(startOf(placedFrom.getValue()), startOf(dayAfter(placedTo.getValue())))
              .withRegion(region.getValue())
              .withIdleFor(
                  idleHours.getValue() == null ? null : Duration.ofHours(idleHours.getValue()));
      problem.setText("");
      this.filter = filter;
      this.parameters = currentParameters();
      changed.accept(filter, parameters);
    } catch (IllegalArgumentException refused) {
      problem.setText(refused.getMessage());
    }
  }

  private Map<String, String> currentParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "q", search.getValue());
    put(
        p,
        "status",
        status.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    put(p, "min", minValue.getValue());
    put(p, "max", maxValue.getValue());
    put(p, "from", placedFrom.getValue());
    put(p, "to", placedTo.getValue());
    put(p, "region", region.getValue());
    put(p, "idle", idleHours.getValue());
    return p;
  }

  private void put(Map<String, String> parameters, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      parameters.put(prefix + name, value.toString());
    }
  }

  private static FlexLayout row(com.vaadin.flow.component.Component... fields) {
    FlexLayout row = new FlexLayout(fields);
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "0 var(--lumo-space-m)");
    return row;
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(IST).toInstant();
  }

  private static LocalDate dayAfter(LocalDate day) {
    return day == null ? null : day.plusDays(1);
  }

  // A link's parameter that does not parse is left out rather than failing the page.

  private static Set<OrderStatus> statuses(String names) {
    if (names == null) {
      return Set.of();
    }
    Set<OrderStatus> found = EnumSet.noneOf(OrderStatus.class);
    Arrays.stream(names.split(","))
        .forEach(
            name -> {
              try {
                found.add(OrderStatus.valueOf(name.strip()));
              } catch (IllegalArgumentException unknown) {
                // not a status: ignored
              }
            });
    return found;
  }

  private static BigDecimal money(String value) {
    try {
      return value == null ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Integer hours(String value) {
    try {
      int hours = value == null ? 0 : Integer.parseInt(value);
      return hours > 0 ? hours : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
