package io.mandi.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.mandi.account.Actor;
import io.mandi.payment.EscrowPreview;
import io.mandi.payment.EscrowService;
import io.mandi.task.EscrowEffect;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskChoice;
import io.mandi.task.TaskField;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskNoLongerActiveException;
import io.mandi.task.TaskNotOpenException;
import io.mandi.task.TaskOutcome;
import io.mandi.ui.Formats;
import io.mandi.ui.MoneyConfirmation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The decision on one task, rendered from its kind's declaration: a button per outcome, a comment,
 * and a field per declared value. The owning capability checks the input and takes the decision.
 */
class TaskDecisionForm extends VerticalLayout {
  private final TaskInboxService inbox;
  private final EscrowService escrow;
  private final Actor actor;
  private final HumanTask task;
  private final Runnable onDecided;
  private final TextArea comment = new TextArea();

  /** Each field's current value as the capability expects it: plain text, ids comma separated. */
  private final Map<String, Supplier<String>> values = new LinkedHashMap<>();

  TaskDecisionForm(
      TaskInboxService inbox,
      EscrowService escrow,
      Actor actor,
      HumanTask task,
      Runnable onDecided) {
    this.inbox = inbox;
    this.escrow = escrow;
    this.actor = actor;
    this.task = task;
    this.onDecided = onDecided;
    setPadding(false);
    build(inbox.kindOf(task));
  }

  private void build(TaskKind kind) {
    Map<String, Component> inputs = new LinkedHashMap<>();
    for (TaskField field : kind.fields()) {
      inputs.put(field.name(), input(field));
    }
    for (TaskField field : kind.fields()) {
      if (field.sumsInto() != null && inputs.get(field.sumsInto()) instanceof BigDecimalField sum) {
        @SuppressWarnings("unchecked")
        CheckboxGroup<TaskChoice> choices = (CheckboxGroup<TaskChoice>) inputs.get(field.name());
        choices.addValueChangeListener(
            e ->
                sum.setValue(
                    e.getValue().stream()
                        .map(TaskChoice::amount)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
      }
    }
    FlexLayout fields = new FlexLayout();
    fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    fields.getStyle().set("gap", "var(--lumo-space-m)");
    fields.setWidthFull();
    inputs.values().forEach(fields::add);
    comment.setLabel(kind.commentLabel());
    comment.setWidthFull();
    comment.setMaxLength(1000);
    HorizontalLayout buttons = new HorizontalLayout();
    buttons.setWrap(true);
    for (TaskOutcome outcome : kind.outcomes()) {
      Button button = new Button(outcome.label(), click -> confirmThenDecide(outcome));
      button.addThemeVariants(
          outcome.adverse() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
      buttons.add(button);
    }
    add(fields, comment, buttons);
  }

  private Component input(TaskField field) {
    return switch (field.type()) {
      case DECIMAL -> {
        BigDecimalField input = new BigDecimalField(field.label());
        if (field.initial() != null) {
          input.setValue(new BigDecimal(field.initial()));
        }
        values.put(
            field.name(), () -> input.getValue() == null ? null : input.getValue().toPlainString());
        yield input;
      }
      case COUNT -> {
        IntegerField input = new IntegerField(field.label());
        input.setMin(1);
        if (field.initial() != null) {
          input.setValue(Integer.valueOf(field.initial()));
        }
        values.put(
            field.name(), () -> input.getValue() == null ? null : input.getValue().toString());
        yield input;
      }
      case CHOICE -> {
        ComboBox<TaskChoice> input = new ComboBox<>(field.label());
        input.setItems(inbox.choices(actor, task, field.name()));
        input.setItemLabelGenerator(TaskChoice::label);
        input.setWidthFull();
        values.put(field.name(), () -> input.getValue() == null ? null : input.getValue().value());
        yield input;
      }
      case CHOICES -> {
        CheckboxGroup<TaskChoice> input = new CheckboxGroup<>(field.label());
        input.setItems(inbox.choices(actor, task, field.name()));
        input.setItemLabelGenerator(TaskChoice::label);
        values.put(
            field.name(),
            () ->
                input.getValue().stream().map(TaskChoice::value).collect(Collectors.joining(",")));
        yield input;
      }
    };
  }

  /**
   * An outcome that moves escrowed money is confirmed first, with where each rupee goes; an amount
   * that cannot be previewed (missing, too large) goes straight to the decision, which says what is
   * wrong with it.
   */
  private void confirmThenDecide(TaskOutcome outcome) {
    if (outcome.escrow() == EscrowEffect.NONE || task.orderId() == null) {
      decide(outcome);
      return;
    }
    EscrowPreview money;
    try {
      BigDecimal held = escrow.preview(actor, task.orderId(), BigDecimal.ZERO).held();
      BigDecimal refund =
          switch (outcome.escrow()) {
            case RELEASE_ALL, NONE -> BigDecimal.ZERO;
            case REFUND_ALL -> held;
            case REFUND_PART, OFFER_PART -> new BigDecimal(entered().get(outcome.refundField()));
          };
      money = escrow.preview(actor, task.orderId(), refund);
    } catch (RuntimeException cannotPreview) {
      decide(outcome);
      return;
    }
    boolean offer = outcome.escrow() == EscrowEffect.OFFER_PART;
    MoneyConfirmation.ask(
        offer
            ? "Offer " + Formats.rupees(money.toBuyer()) + " back? If the buyer accepts:"
            : outcome.label() + " for order #" + task.orderId() + "?",
        money,
        offer
            ? "Offer " + Formats.rupees(money.toBuyer()) + " back"
            : outcome.label() + ": move the money",
        () -> decide(outcome));
  }

  private Map<String, String> entered() {
    Map<String, String> entered = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          String v = value.get();
          if (v != null && !v.isEmpty()) {
            entered.put(name, v);
          }
        });
    return entered;
  }

  private void decide(TaskOutcome outcome) {
    Map<String, String> entered = entered();
    try {
      inbox.decide(actor, task.id(), new TaskInput(outcome.name(), comment.getValue(), entered));
      Notification.show(outcome.label() + ": done", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      onDecided.run();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      comment.setInvalid(true);
      comment.setErrorMessage(invalid.getMessage());
      Notification.show(invalid.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (TaskNoLongerActiveException | TaskNotOpenException gone) {
      Notification.show(gone.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
      onDecided.run();
    }
  }
}
