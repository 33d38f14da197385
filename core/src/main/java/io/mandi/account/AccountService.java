package io.mandi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {
  private final AccountMapper mapper;
  private final PasswordEncoder passwordEncoder;

  AccountService(AccountMapper mapper, PasswordEncoder passwordEncoder) {
    this.mapper = mapper;
    this.passwordEncoder = passwordEncoder;
  }

  /** Buyers whose name contains the words (any buyer when null), a page at a time. */
  public List<Buyer> searchBuyers(String text, long offset, int limit) {
    String words = text == null || text.isBlank() ? null : likeEscaped(text.strip());
    if (words != null && (words.length() > 100 || words.indexOf('\0') >= 0)) {
      throw new IllegalArgumentException("Search with at most 100 characters of text");
    }
    return mapper.searchBuyers(words, Math.max(offset, 0), Math.min(Math.max(limit, 1), 200));
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  public Buyer buyer(long buyerId) {
    Buyer buyer = mapper.findBuyer(buyerId);
    if (buyer == null) {
      throw new IllegalStateException("No buyer " + buyerId);
    }
    return buyer;
  }

  /** Returns the new buyer's id. */
  @Transactional
  public long addBuyer(BuyerDraft buyer) {
    mapper.insertBuyer(buyer);
    return buyer.id;
  }

  @Transactional
  public void setCreditLimit(long buyerId, java.math.BigDecimal limit) {
    mapper.updateCreditLimit(buyerId, limit);
  }

  /**
   * Who belongs to a task's candidate group: "ops", "ops-supervisors", or "seller-" and the
   * seller's id.
   */
  public java.util.List<UserAccount> membersOf(String group) {
    if (Actor.OPS_GROUP.equals(group)) {
      return mapper.findGroupMembers(null, false);
    }
    if (Actor.SUPERVISORS_GROUP.equals(group)) {
      return mapper.findGroupMembers(null, true);
    }
    if (group != null && group.startsWith("seller-")) {
      try {
        return mapper.findGroupMembers(Long.parseLong(group.substring("seller-".length())), false);
      } catch (NumberFormatException notASellerGroup) {
        return java.util.List.of();
      }
    }
    return java.util.List.of();
  }

  /** Makes an operations user one of the supervisors overdue tasks are escalated to, or not. */
  public void setSupervisor(String username, boolean supervisor) {
    if (mapper.updateSupervisor(username, supervisor) == 0) {
      throw new IllegalArgumentException(username + " is not an operations user");
    }
  }

  /** Records the buyer's GST registration (if any) and address, for invoices and deliveries. */
  @org.springframework.transaction.annotation.Transactional
  public void register(long buyerId, String gstin, String address, String pinCode) {
    Registration registration = Registration.of(gstin, address, pinCode);
    mapper.updateBuyerRegistration(
        buyerId, registration.gstin(), registration.address(), registration.pinCode());
  }

  public Optional<UserAccount> findUser(String username) {
    return Optional.ofNullable(mapper.findUser(username));
  }

  /** Creates a login; the password is stored only as a hash. */
  public UserAccount createUser(
      String username,
      String rawPassword,
      String displayName,
      Role role,
      Long buyerId,
      Long sellerId) {
    if (rawPassword == null || rawPassword.length() < 8) {
      throw new IllegalArgumentException("A password needs at least 8 characters");
    }
    UserAccount user =
        new UserAccount(
            username,
            passwordEncoder.encode(rawPassword),
            displayName,
            role,
            buyerId,
            sellerId,
            true);
    user.asActor(); // validates the role/party pairing before anything is written
    mapper.insertUser(user);
    return user;
  }
}
