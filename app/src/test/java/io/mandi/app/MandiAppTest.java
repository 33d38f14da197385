package io.mandi.app;

import io.mandi.MandiApplication;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.PlaceOrderCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
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
  static final int LOGISTICS_PORT = TestSocketUtils.findAvailableTcpPort();
  // A fixed free port rather than a random one: the gateway sandbox must know where to send
  // webhooks.
  static final int SERVER_PORT = TestSocketUtils.findAvailableTcpPort();
  static final String DATA_DIR = temporaryDataDir();

  @LocalServerPort protected int port;
  @Autowired protected AccountService accounts;
  @Autowired protected CatalogService catalog;
  @Autowired protected OrderPlacementService placement;

  @DynamicPropertySource
  static void embeddedOnFreePorts(DynamicPropertyRegistry registry) {
    registry.add("mandi.embedded.engine.port", () -> ENGINE_PORT);
    registry.add("mandi.sandbox.whatsapp.port", () -> WHATSAPP_PORT);
    registry.add("mandi.sandbox.payment-gateway.port", () -> GATEWAY_PORT);
    registry.add("mandi.sandbox.logistics.port", () -> LOGISTICS_PORT);
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

  /** A demo user, as the services see them. */
  protected Actor user(String username) {
    return accounts.findUser(username).orElseThrow().asActor();
  }

  /** seller1's (the SHG's) offer on the first product matching the text. */
  protected OfferListing seller1Offer(String product) {
    long seller1 = user("seller1").sellerId();
    return catalog.search(product, null).stream()
        .filter(offer -> offer.sellerId() == seller1)
        .findFirst()
        .orElseThrow();
  }

  /** Places a one-line order, as a checkout with the given idempotency key would. */
  protected Order place(String buyer, UUID requestId, OfferListing offer, int quantity) {
    return placement
        .place(
            user(buyer),
            new PlaceOrderCommand(
                requestId,
                List.of(new PlaceOrderCommand.Line(offer.productId(), offer.offerId(), quantity))))
        .getFirst();
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }
}
