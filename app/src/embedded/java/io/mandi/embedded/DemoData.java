package io.mandi.embedded;

import io.mandi.account.AccountService;
import io.mandi.account.BuyerDraft;
import io.mandi.account.BuyerKind;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Category;
import io.mandi.catalog.OfferDraft;
import io.mandi.catalog.PriceBreak;
import io.mandi.catalog.ProductDraft;
import io.mandi.catalog.SellerDraft;
import io.mandi.catalog.SellerKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small marketplace to try Mandi with: 3 sellers (one a self-help group), 3 buyers, 30 products
 * in 5 categories with offers, and one login per role. Written once; an existing database is left
 * as it is.
 */
@Component
@Profile("embedded")
@ConditionalOnProperty(name = "mandi.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
  static final String PASSWORD = "mandi123";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final CatalogOnboarding catalog;
  private final CatalogService catalogQueries;
  private final AccountService accountService;

  private final Clock clock;

  DemoData(
      CatalogOnboarding catalog,
      CatalogService catalogQueries,
      AccountService accountService,
      Clock clock) {
    this.catalog = catalog;
    this.catalogQueries = catalogQueries;
    this.accountService = accountService;
    this.clock = clock;
  }

  private record Item(
      String sku,
      String name,
      String category,
      String unit,
      String hsn,
      String gst,
      String price) {}

  private static final List<Category> CATEGORIES =
      List.of(
          new Category("grains", "Grains & Pulses"),
          new Category("spices", "Spices & Condiments"),
          new Category("textiles", "Textiles & Handloom"),
          new Category("household", "Household & Cleaning"),
          new Category("packaging", "Packaging"));

  private static final List<Item> ITEMS =
      List.of(
          new Item("GR-BAS-25", "Basmati Rice 25 kg", "grains", "bag", "1006", "5", "2450.00"),
          new Item("GR-SON-25", "Sona Masoori Rice 25 kg", "grains", "bag", "1006", "5", "1450.00"),
          new Item("GR-TOR-1", "Toor Dal", "grains", "kg", "0713", "0", "128.00"),
          new Item("GR-MOO-1", "Moong Dal", "grains", "kg", "0713", "0", "115.00"),
          new Item("GR-CHA-1", "Chana Dal", "grains", "kg", "0713", "0", "92.00"),
          new Item("GR-RAG-1", "Ragi Flour", "grains", "kg", "1102", "0", "68.00"),
          new Item("SP-TUR-1", "Turmeric Powder", "spices", "kg", "0910", "5", "210.00"),
          new Item("SP-CHI-1", "Red Chilli Powder", "spices", "kg", "0904", "5", "260.00"),
          new Item("SP-COR-1", "Coriander Powder", "spices", "kg", "0909", "5", "180.00"),
          new Item("SP-GAR-1", "Garam Masala", "spices", "kg", "0910", "5", "640.00"),
          new Item("SP-CUM-1", "Cumin Seeds", "spices", "kg", "0909", "5", "420.00"),
          new Item("SP-PIC-1", "Mango Pickle", "spices", "kg", "2001", "12", "240.00"),
          new Item(
              "TX-SAR-1", "Handloom Cotton Saree", "textiles", "piece", "5208", "5", "1350.00"),
          new Item("TX-TOW-1", "Cotton Bath Towel", "textiles", "piece", "6302", "5", "190.00"),
          new Item("TX-DUR-1", "Handwoven Durrie", "textiles", "piece", "5702", "12", "980.00"),
          new Item("TX-BED-1", "Block-print Bedsheet", "textiles", "piece", "6302", "5", "620.00"),
          new Item("TX-KHA-1", "Khadi Kurta Fabric", "textiles", "metre", "5208", "5", "210.00"),
          new Item("TX-JUT-1", "Jute Shopping Bag", "textiles", "piece", "4202", "12", "85.00"),
          new Item("HH-SOP-1", "Neem Soap Bar", "household", "piece", "3401", "18", "32.00"),
          new Item(
              "HH-PHE-1", "Phenyl Floor Cleaner 1 L", "household", "bottle", "3808", "18", "95.00"),
          new Item("HH-BRM-1", "Coconut Broom", "household", "piece", "9603", "0", "60.00"),
          new Item("HH-AGR-1", "Agarbatti Pack", "household", "pack", "3307", "5", "45.00"),
          new Item("HH-DET-1", "Detergent Powder 1 kg", "household", "kg", "3402", "18", "110.00"),
          new Item("HH-CAN-1", "Wax Candles (12)", "household", "pack", "3406", "12", "72.00"),
          new Item("PK-BOX-1", "Corrugated Box 12x12", "packaging", "piece", "4819", "18", "28.00"),
          new Item("PK-PAP-1", "Paper Carry Bag", "packaging", "piece", "4819", "18", "9.50"),
          new Item("PK-TAP-1", "Packing Tape Roll", "packaging", "roll", "3919", "18", "38.00"),
          new Item(
              "PK-BUB-1", "Bubble Wrap Roll 10 m", "packaging", "roll", "3920", "18", "240.00"),
          new Item(
              "PK-LEA-1", "Areca Leaf Plates (50)", "packaging", "pack", "4823", "5", "180.00"),
          new Item("PK-JAR-1", "Glass Jar 500 ml", "packaging", "piece", "7010", "18", "34.00"));

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (accountService.findUser("buyer1").isPresent()) {
      linkDemoPayoutAccounts(); // demo databases made before payout accounts existed
      addColleagues(); // and before tasks could be assigned to a colleague
      registerAddresses(); // and before invoices carried GSTINs and addresses
      return;
    }
    CATEGORIES.forEach(catalog::addCategory);
    long shg =
        seller("SHG-MAHILA", "Mahila Udyog Self-Help Group", SellerKind.SHG, "MH", "+919820000001");
    long mill =
        seller("MFG-DECCAN", "Deccan Agro Mills", SellerKind.MANUFACTURER, "TS", "+919820000002");
    long wholesale =
        seller(
            "WHL-GANGA", "Ganga Wholesale Traders", SellerKind.WHOLESALER, "UP", "+919820000003");
    long[] sellers = {shg, mill, wholesale};
    for (int i = 0; i < ITEMS.size(); i++) {
      Item item = ITEMS.get(i);
      ProductDraft product =
          new ProductDraft(
              item.sku(),
              item.name(),
              item.category(),
              item.unit(),
              item.hsn(),
              new BigDecimal(item.gst()));
      catalog.addProduct(product);
      // Everyone sells through seller 1 too, so a demo buyer always finds the SHG's offers.
      long own =
          offer(sellers[0], product.id, new BigDecimal(item.price()), 1 + i % 3, 200 + 10 * i);
      pricingFacts(own, item);
      offer(
          sellers[1 + i % 2],
          product.id,
          new BigDecimal(item.price()).multiply(new BigDecimal("0.97")),
          5,
          1000);
    }
    long retailer =
        buyer("RET-ASHA", "Asha Kirana Stores", BuyerKind.RETAILER, "MH", "+919811111111");
    long distributor =
        buyer(
            "DIS-NORTH", "North India Distributors", BuyerKind.DISTRIBUTOR, "DL", "+919811111112");
    long government =
        buyer(
            "GOV-PUNE", "Pune Municipal Stores Dept.", BuyerKind.GOVERNMENT, "MH", "+919811111113");
    // A distributor near its limit, so the credit approval path can be seen at once.
    accountService.setCreditLimit(distributor, new BigDecimal("20000.00"));
    user("buyer1", "Asha (Asha Kirana Stores)", Role.BUYER, retailer, null);
    user("buyer2", "Vikram (North India Distributors)", Role.BUYER, distributor, null);
    user("buyer3", "Meera (Pune Municipal Stores)", Role.BUYER, government, null);
    user("seller1", "Sunita (Mahila Udyog SHG)", Role.SELLER, null, shg);
    user("seller2", "Ravi (Deccan Agro Mills)", Role.SELLER, null, mill);
    user("seller3", "Imran (Ganga Wholesale)", Role.SELLER, null, wholesale);
    user("ops1", "Priya (Operations)", Role.OPS, null, null);
    user("admin1", "Arjun (Admin)", Role.ADMIN, null, null);
    linkDemoPayoutAccounts();
    addColleagues();
    registerAddresses();
    log.info(
        "Demo data written: 30 products, 3 sellers, 3 buyers; demo users' password is {}",
        PASSWORD);
  }

  /** GST registrations and addresses; the retailer is a small shop without a GSTIN. */
  private void registerAddresses() {
    long shg = accountService.findUser("seller1").orElseThrow().sellerId();
    if (catalogQueries.seller(shg).address() != null) {
      return;
    }
    catalog.register(
        shg, gstin("27", "AABAM1234C"), "14 Shivaji Nagar, Nashik, Maharashtra", "422001");
    catalog.register(
        accountService.findUser("seller2").orElseThrow().sellerId(),
        gstin("36", "AADCD5678E"),
        "Plot 7, IDA Patancheru, Sangareddy, Telangana",
        "502319");
    catalog.register(
        accountService.findUser("seller3").orElseThrow().sellerId(),
        gstin("09", "AAGFG9012K"),
        "22 Naughara Market, Varanasi, Uttar Pradesh",
        "221001");
    accountService.register(
        accountService.findUser("buyer1").orElseThrow().buyerId(),
        null,
        "Shop 3, Tilak Road, Sadashiv Peth, Pune, Maharashtra",
        "411030");
    accountService.register(
        accountService.findUser("buyer2").orElseThrow().buyerId(),
        gstin("07", "AAHCN3456L"),
        "B-12 Naraina Industrial Area Phase 1, New Delhi",
        "110028");
    accountService.register(
        accountService.findUser("buyer3").orElseThrow().buyerId(),
        gstin("27", "AAALP7890G"),
        "Central Stores, PMC Building, Shivajinagar, Pune, Maharashtra",
        "411005");
  }

  /** A valid demo GSTIN: state code, PAN, entity 1, Z and its check character. */
  private static String gstin(String state, String pan) {
    String first14 = state + pan + "1Z";
    return first14 + io.mandi.account.Gstin.checkCharacter(first14);
  }

  /**
   * A second person at operations, who also supervises (overdue tasks are escalated to them), and
   * at the SHG, to assign and delegate tasks to.
   */
  private void addColleagues() {
    if (accountService.findUser("ops2").isEmpty()) {
      user("ops2", "Rahul (Operations lead)", Role.OPS, null, null);
      accountService.setSupervisor("ops2", true);
    }
    if (accountService.findUser("admin2").isEmpty()) {
      // a second admin, who approves the first one's big price changes
      user("admin2", "Kavya (Admin)", Role.ADMIN, null, null);
    }
    if (accountService.findUser("seller1b").isEmpty()) {
      long shg = accountService.findUser("seller1").orElseThrow().sellerId();
      user("seller1b", "Lakshmi (Mahila Udyog SHG)", Role.SELLER, null, shg);
    }
  }

  /** Each demo seller's linked account at the payment gateway sandbox, for escrow transfers. */
  private void linkDemoPayoutAccounts() {
    for (String username : List.of("seller1", "seller2", "seller3")) {
      long sellerId = accountService.findUser(username).orElseThrow().sellerId();
      if (catalogQueries.seller(sellerId).payoutAccount() == null) {
        catalog.linkPayoutAccount(sellerId, "acc_demo" + sellerId);
      }
    }
  }

  private long seller(String code, String name, SellerKind kind, String region, String phone) {
    SellerDraft seller = new SellerDraft(code, name, kind, region, phone);
    catalog.addSeller(seller);
    return seller.id;
  }

  private long buyer(String code, String name, BuyerKind kind, String region, String phone) {
    BuyerDraft buyer = new BuyerDraft(code, name, kind, region, phone);
    accountService.addBuyer(buyer);
    return buyer.id;
  }

  private void user(String username, String name, Role role, Long buyerId, Long sellerId) {
    accountService.createUser(username, PASSWORD, name, role, buyerId, sellerId);
  }

  /** Offers whose stock has aged or that a competitor undercuts, so each pricing rule shows. */
  private static final Map<String, Integer> STOCK_AGE_DAYS =
      Map.of("TX-DUR-1", 120, "PK-LEA-1", 200);

  private static final Map<String, String> COMPETITOR_FACTOR = Map.of("PK-BUB-1", "0.92");

  /**
   * What the stock cost (80 % of the list price), its age and a competitor's price. Old stock was
   * bought cheaply (60 %) and the seller accepts clearing it down to that, so its markdowns show.
   */
  private void pricingFacts(long offerId, Item item) {
    BigDecimal price = new BigDecimal(item.price());
    Integer age = STOCK_AGE_DAYS.get(item.sku());
    String competitor = COMPETITOR_FACTOR.get(item.sku());
    catalog.setPricingFacts(
        offerId,
        scaled(price, age == null ? "0.80" : "0.60"),
        age == null ? null : LocalDate.now(clock).minusDays(age),
        competitor == null ? null : scaled(price, competitor));
    if (age != null) {
      catalog.setFloorPrice(offerId, scaled(price, "0.60"));
    }
  }

  /** Price breaks: list price from 1 unit, 5% off from 10, 10% off from 50. */
  private long offer(long sellerId, long productId, BigDecimal price, int moq, int stock) {
    OfferDraft offer =
        new OfferDraft(sellerId, productId, moq, stock, 2 + (int) (productId % 4), "IN");
    catalog.addOffer(offer);
    // The seller's floor sits just under the deepest quantity break.
    catalog.setFloorPrice(offer.id, scaled(price, "0.88"));
    catalog.addPriceBreak(new PriceBreak(offer.id, 1, scaled(price, "1")));
    catalog.addPriceBreak(new PriceBreak(offer.id, 10, scaled(price, "0.95")));
    catalog.addPriceBreak(new PriceBreak(offer.id, 50, scaled(price, "0.90")));
    return offer.id;
  }

  private static BigDecimal scaled(BigDecimal price, String factor) {
    return price.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_EVEN);
  }
}
