package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.RfqMessage;
import io.mandi.ui.Formats;
import java.util.List;
import java.util.function.Consumer;

/** The messages between the buyer and one invited seller, and a box to write the next one. */
class RfqThread extends Details {

  RfqThread(
      String heading,
      Invitation invitation,
      List<RfqMessage> messages,
      String writeLabel,
      Consumer<String> send) {
    super(heading + " (" + messages.size() + ")");
    VerticalLayout body = new VerticalLayout();
    body.setPadding(false);
    for (RfqMessage message : messages) {
      Paragraph line =
          new Paragraph(
              Formats.time(message.createdAt()) + " · " + who(message) + ": " + message.body());
      line.addClassName("rfq-message");
      body.add(line);
    }
    if (send != null) {
      TextArea text = new TextArea(writeLabel);
      text.setMaxLength(2000);
      text.setWidthFull();
      Button button = new Button(writeLabel, e -> send.accept(text.getValue()));
      body.add(text, button);
    }
    add(body);
    setOpened(!messages.isEmpty() && messages.getLast().kind().equals("QUESTION"));
    addClassName("rfq-thread");
    getElement().setAttribute("data-invitation", String.valueOf(invitation.id()));
  }

  private static String who(RfqMessage message) {
    return switch (message.kind()) {
      case "QUESTION" -> "Question from the seller";
      case "ANSWER" -> "Answer from the buyer";
      default -> "Note from Mandi";
    };
  }
}
