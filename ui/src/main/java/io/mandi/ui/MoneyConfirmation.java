package io.mandi.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.mandi.payment.EscrowPreview;

/**
 * Asks before money moves, showing where every rupee held goes. Nothing happens unless the person
 * confirms; cancelling or closing the dialog changes nothing.
 */
public final class MoneyConfirmation {
  private MoneyConfirmation() {}

  /**
   * @param question the heading, e.g. "Release the payment to the seller?"
   * @param confirmLabel the confirming button, named for what it does
   */
  public static void ask(
      String question, EscrowPreview money, String confirmLabel, Runnable onConfirm) {
    Div amounts = new Div();
    amounts.addClassName("money-confirmation");
    amounts.add(new Paragraph("Held in escrow: " + Formats.rupees(money.held())));
    if (money.toBuyer().signum() > 0) {
      amounts.add(new Paragraph("Back to the buyer: " + Formats.rupees(money.toBuyer())));
    }
    if (money.toSeller().signum() > 0) {
      amounts.add(
          new Paragraph(
              "To the seller: "
                  + Formats.rupees(money.toSeller())
                  + ", less Mandi's commission of "
                  + Formats.rupees(money.commission())
                  + " = "
                  + Formats.rupees(money.sellerNet())
                  + " paid out"));
    }
    amounts.add(new Paragraph("This cannot be undone."));
    ask(question, amounts, confirmLabel, onConfirm);
  }

  /** Asks about a step that moves no escrowed money but cannot be taken back. */
  public static void ask(String question, String consequence, String confirmLabel, Runnable run) {
    ask(question, new Paragraph(consequence), confirmLabel, run);
  }

  private static void ask(
      String question, com.vaadin.flow.component.Component text, String confirm, Runnable run) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(question);
    dialog.setText(text);
    dialog.setCancelable(true);
    dialog.setCancelText("Go back");
    dialog.setConfirmText(confirm);
    dialog.addConfirmListener(event -> run.run());
    dialog.open();
  }
}
