package io.mandi.account;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling a service. Services check it themselves, so a view that forgot a check still
 * cannot show a buyer another buyer's order.
 */
public record Actor(String username, Role role, Long buyerId, Long sellerId) {
  public static final String OPS_GROUP = "ops";

  /** Admins: a second admin's approval of a rule change is a task of this group. */
  public static final String ADMIN_GROUP = "admins";

  /** The operations supervisors, to whom overdue tasks are escalated. */
  public static final String SUPERVISORS_GROUP = "ops-supervisors";

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    if ((role == Role.BUYER) != (buyerId != null)) {
      throw new IllegalArgumentException("A buyer actor needs exactly its buyer id");
    }
    if ((role == Role.SELLER) != (sellerId != null)) {
      throw new IllegalArgumentException("A seller actor needs exactly its seller id");
    }
  }

  public static String sellerGroup(long sellerId) {
    return "seller-" + sellerId;
  }

  /** The task candidate groups this actor belongs to. */
  public Set<String> groups() {
    return switch (role) {
      case SELLER -> Set.of(sellerGroup(sellerId));
      case OPS -> Set.of(OPS_GROUP);
      case ADMIN -> Set.of(ADMIN_GROUP);
      case BUYER -> Set.of();
    };
  }

  public void require(Role required) {
    if (role != required) {
      throw new NotAllowedException(username + " is not a " + required.name().toLowerCase());
    }
  }
}
