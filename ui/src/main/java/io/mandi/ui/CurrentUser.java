package io.mandi.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.mandi.account.Actor;
import org.springframework.stereotype.Component;

/** The logged-in person as views need them. */
@Component
public class CurrentUser {
  private final AuthenticationContext authentication;

  CurrentUser(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  public MandiUser user() {
    return authentication
        .getAuthenticatedUser(MandiUser.class)
        .orElseThrow(() -> new IllegalStateException("Nobody is logged in"));
  }

  public Actor actor() {
    return user().actor();
  }

  public void logout() {
    authentication.logout();
  }
}
