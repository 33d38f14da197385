package io.mandi.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.testing.CoreTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class LoginThrottleTest {
  @Autowired LoginThrottle throttle;

  @Test
  void fiveFailuresLockTheUserAndASuccessBeforeThatClearsTheCount() {
    String user = "user-" + UUID.randomUUID();
    String address = "10.0.0." + (int) (Math.random() * 200);
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.refuse(user, address)).isFalse();
      throttle.failed(user, address);
    }
    throttle.succeeded(user, address);
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.refuse(user, address)).as("attempt %d after the success", i).isFalse();
      throttle.failed(user, address);
    }

    assertThat(throttle.refuse(user, address)).isTrue();
    assertThat(throttle.refuse(user, "192.168.1.1")).as("the user, from anywhere").isTrue();
  }

  @Test
  void oneAddressTryingManyUsersIsLocked() {
    String address = "203.0.113." + (int) (Math.random() * 200);
    for (int i = 0; i < 20; i++) {
      throttle.failed("guess-" + i + "-" + UUID.randomUUID(), address);
    }

    assertThat(throttle.refuse("someone-new", address)).isTrue();
  }

  @Test
  void hugeOrControlCharacterNamesAreStoredBounded() {
    String address = "198.51.100.7";
    throttle.failed("x".repeat(10_000) + "\0", address);

    assertThat(throttle.refuse("x".repeat(10_000) + "\0", address)).isFalse();
  }
}
