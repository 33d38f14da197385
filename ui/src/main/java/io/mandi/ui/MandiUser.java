package io.mandi.ui;

import io.mandi.account.Actor;
import io.mandi.account.UserAccount;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in person, carrying the actor every service call is checked against. */
public class MandiUser extends User {
  private final Actor actor;
  private final String displayName;

  MandiUser(UserAccount account) {
    super(
        account.username(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority(AppRoles.authority(account.role()))));
    this.actor = account.asActor();
    this.displayName = account.displayName();
  }

  public Actor actor() {
    return actor;
  }

  public String displayName() {
    return displayName;
  }
}
