package io.mandi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure while opening a page. The user reads what to do and a reference; the stack
 * trace goes to the log under that reference, never to the screen.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends Div implements HasErrorParameter<Exception> {
  private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error(
        "Page /{} failed (reference {})",
        event.getLocation().getPath(),
        reference,
        parameter.getCaughtException());
    removeAll();
    addClassName("page-error");
    add(
        new H2("Something went wrong"),
        new Paragraph(
            "This page could not be opened. Nothing you did was lost; try again in a moment. If it"
                + " keeps happening, tell support the reference "
                + reference
                + "."),
        new RouterLink("Go to my home page", HomeView.class));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
