package io.mandi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.mandi.admin.ui.ProcessesView;
import io.mandi.catalog.ui.CatalogView;
import io.mandi.task.ui.TaskInboxView;
import jakarta.annotation.security.PermitAll;

/** Sends each role to where its work starts. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
  private final CurrentUser currentUser;

  public HomeView(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (currentUser.actor().role()) {
      case BUYER -> event.forwardTo(CatalogView.class);
      case SELLER, OPS -> event.forwardTo(TaskInboxView.class);
      case ADMIN -> event.forwardTo(ProcessesView.class);
    }
  }
}
