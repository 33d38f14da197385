package io.mandi.app;

import io.mandi.MandiApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The whole application in its embedded mode, as the README's run command starts it, but on free
 * ports and a throw-away database so that it can run beside a developer's own instance. Every
 * subclass shares one application context.
 */
@SpringBootTest(
    classes = MandiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class MandiAppTest {
  static final int ENGINE_PORT = TestSocketUtils.findAvailableTcpPort();
  static final int WHATSAPP_PORT = TestSocketUtils.findAvailableTcpPort();
  static final int GATEWAY_PORT = TestSocketUtils.findAvailableTcpPort();
  // A fixed free port rather than a random one: the gateway sandbox must know where to send
  // webhooks.
  static final int SERVER_PORT = TestSocketUtils.findAvailableTcpPort();
  static final String DATA_DIR = temporaryDataDir();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void embeddedOnFreePorts(DynamicPropertyRegistry registry) {
    registry.add("mandi.embedded.engine.port", () -> ENGINE_PORT);
    registry.add("mandi.sandbox.whatsapp.port", () -> WHATSAPP_PORT);
    registry.add("mandi.sandbox.payment-gateway.port", () -> GATEWAY_PORT);
    registry.add("server.port", () -> SERVER_PORT);
    registry.add("mandi.embedded.postgres.data-dir", () -> DATA_DIR);
    registry.add("mandi.embedded.postgres.port", () -> 0);
    registry.add("mandi.whatsapp.redelivery-delay", () -> "PT0.05S");
  }

  private static String temporaryDataDir() {
    try {
      return Files.createTempDirectory("mandi-test-pg").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }
}
