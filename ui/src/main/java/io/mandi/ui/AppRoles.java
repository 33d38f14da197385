package io.mandi.ui;

import io.mandi.account.Role;

/** Role names for security annotations, which need constants; they mirror {@link Role}. */
public final class AppRoles {
  public static final String BUYER = "BUYER";
  public static final String SELLER = "SELLER";
  public static final String OPS = "OPS";
  public static final String ADMIN = "ADMIN";

  private AppRoles() {}

  static String authority(Role role) {
    return "ROLE_" + role.name();
  }
}
