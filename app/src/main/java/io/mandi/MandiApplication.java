package io.mandi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Assembles every module into the one Mandi application. */
@SpringBootApplication
@EnableScheduling
public class MandiApplication {

  public static void main(String[] args) {
    try {
      SpringApplication.run(MandiApplication.class, args);
    } catch (RuntimeException | Error e) {
      // A failed start must not leave a JVM behind with no ports open (a library's non-daemon
      // thread can keep it alive): say why in one line and exit, so a supervisor sees it.
      System.err.println("Mandi did not start: " + rootCause(e));
      System.exit(1);
    }
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().strip();
    return (cause.getClass().getSimpleName() + message).lines().findFirst().orElse("");
  }
}
