package io.mandi.account;

/** A login; buyerId is set exactly for buyers and sellerId exactly for sellers. */
public record UserAccount(
    String username,
    String passwordHash,
    String displayName,
    Role role,
    Long buyerId,
    Long sellerId,
    boolean enabled) {

  public Actor asActor() {
    return new Actor(username, role, buyerId, sellerId);
  }
}
