package io.mandi.account;

import io.mandi.settings.MandiSettings;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * Slows password guessing: after too many failures for one user, or from one address, within the
 * window, further attempts are refused until the window has passed. Every attempt is recorded, so
 * the table is also the audit trail. Names and addresses are bounded before they are stored.
 */
@Service
public class LoginThrottle {
  static final int MAX_NAME = 100;
  static final int MAX_ADDRESS = 64;

  private final LoginAttemptMapper attempts;
  private final Clock clock;
  private final int maxUserFailures;
  private final int maxAddressFailures;
  private final Duration window;

  LoginThrottle(LoginAttemptMapper attempts, Clock clock, MandiSettings settings) {
    this.attempts = attempts;
    this.clock = clock;
    this.maxUserFailures = settings.login().maxUserFailures();
    this.maxAddressFailures = settings.login().maxAddressFailures();
    this.window = settings.login().lockWindow();
  }

  public Duration window() {
    return window;
  }

  /** True if this attempt must be refused unchecked; the refusal itself is recorded. */
  public boolean refuse(String username, String address) {
    String user = bounded(username, MAX_NAME);
    String from = bounded(address, MAX_ADDRESS);
    var since = clock.instant().minus(window);
    boolean locked =
        attempts.countUserFailuresSince(user, since) >= maxUserFailures
            || attempts.countAddressFailuresSince(from, since) >= maxAddressFailures;
    if (locked) {
      attempts.insert(user, from, "THROTTLED", clock.instant());
    }
    return locked;
  }

  public void succeeded(String username, String address) {
    attempts.insert(
        bounded(username, MAX_NAME), bounded(address, MAX_ADDRESS), "SUCCESS", clock.instant());
  }

  public void failed(String username, String address) {
    attempts.insert(
        bounded(username, MAX_NAME), bounded(address, MAX_ADDRESS), "FAILURE", clock.instant());
  }

  private static String bounded(String value, int max) {
    String text = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
    return text.length() > max ? text.substring(0, max) : text;
  }
}
