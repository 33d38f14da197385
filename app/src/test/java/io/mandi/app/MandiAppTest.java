package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mandi.MandiApplication;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
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
  @Autowired protected OrderQueryService orders;
  @Autowired protected TaskInboxService inbox;
  @Autowired protected PaymentService payments;
  @Autowired protected RazorpaySandbox gateway;
  @Autowired protected ShipmentService shipments;
  @Autowired protected LogisticsSandbox logistics;

  /** How long scripted steps wait for the processes to catch up. */
  static final Duration SCRIPT_WAIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void embeddedOnFreePorts(DynamicPropertyRegistry registry) {
    registry.add("mandi.embedded.engine.port", () -> ENGINE_PORT);
    // The tests read the engine's record stream to see what happened; trimming the log would
    // race with them (an order's completion dropped before the test looked for it).
    registry.add("mandi.embedded.engine.log-trim-interval", () -> "PT24H");
    registry.add("mandi.sandbox.whatsapp.port", () -> WHATSAPP_PORT);
    registry.add("mandi.sandbox.payment-gateway.port", () -> GATEWAY_PORT);
    registry.add("mandi.sandbox.logistics.port", () -> LOGISTICS_PORT);
    registry.add("server.port", () -> SERVER_PORT);
    registry.add("mandi.embedded.postgres.data-dir", () -> DATA_DIR);
    registry.add("mandi.embedded.postgres.port", () -> 0);
    registry.add("mandi.embedded.postgres.durable", () -> false); // speed; the app runs durable
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

  /**
   * An order (10 of each product from seller1) seller1 has accepted, with its gateway order created
   * by the escrow process.
   */
  protected PaymentIntent confirmedOrderAwaitingPayment(String... products) {
    Order order =
        placement
            .place(
                user("buyer1"),
                new PlaceOrderCommand(
                    UUID.randomUUID(),
                    java.util.Arrays.stream(products)
                        .map(this::seller1Offer)
                        .map(
                            offer ->
                                new PlaceOrderCommand.Line(offer.productId(), offer.offerId(), 10))
                        .toList()))
            .getFirst();
    HumanTask task = awaitOpenTask(user("seller1"), order.id(), SellerAcceptanceTask.KIND);
    inbox.decide(user("seller1"), task.id(), TaskInput.of("ACCEPT", null));
    return await("gateway order for order " + order.id())
        .atMost(SCRIPT_WAIT)
        .until(
            () -> payments.intent(order.id()),
            intent -> intent != null && intent.gatewayOrderId() != null);
  }

  /** Pays, packs, books and delivers an order through the sandboxes; returns its intent. */
  protected PaymentIntent deliveredOrder(String... products) throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment(products);
    long orderId = intent.orderId();
    gateway.pay(intent.gatewayOrderId());
    HumanTask pack = awaitOpenTask(user("seller1"), orderId, ReadyToShipTask.KIND);
    assertThatThrownBy(() -> shipments.readyToShip(user("seller1"), pack.id(), BigDecimal.ZERO, 1))
        .hasMessageContaining("weight");
    shipments.readyToShip(user("seller1"), pack.id(), new BigDecimal("12.5"), 2);
    await("shipped")
        .atMost(SCRIPT_WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.SHIPPED);
    String awb = shipments.shipment(orderId).awb();
    assertThat(logistics.track(awb, "IN TRANSIT")).isEqualTo(200);
    assertThat(logistics.track(awb, "DELIVERED")).isEqualTo(200);
    await("delivered")
        .atMost(SCRIPT_WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.DELIVERED);
    return intent;
  }

  protected OrderStatus buyer1StatusOf(long orderId) {
    return orders.details(user("buyer1"), orderId).order().status();
  }

  /** The actor's open task of the given kind for the order, once the engine has opened it. */
  protected HumanTask awaitOpenTask(Actor actor, long orderId, String kind) {
    return await(kind + " task of " + actor.username() + " for order " + orderId)
        .atMost(SCRIPT_WAIT)
        .until(
            () ->
                inbox.openTasksFor(actor).stream()
                    .filter(t -> t.orderId() == orderId && t.kind().equals(kind))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** The demo seller user of a seller. */
  protected Actor sellerUser(long sellerId) {
    return Stream.of("seller1", "seller2", "seller3")
        .map(this::user)
        .filter(seller -> seller.sellerId() == sellerId)
        .findFirst()
        .orElseThrow();
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }
}
