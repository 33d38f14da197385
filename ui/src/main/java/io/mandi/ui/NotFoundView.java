package io.mandi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or one this user may not open (Vaadin reroutes a refusal here, so the
 * page does not tell which): said in words, inside the usual frame, with a way back.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    addClassName("not-found");
    add(
        new H2("Page not found"),
        new Paragraph(
            "There is no page at /"
                + event.getLocation().getPath()
                + ", or it is not one you can open. Check the link, or start again from your home"
                + " page."),
        new RouterLink("Go to my home page", HomeView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
