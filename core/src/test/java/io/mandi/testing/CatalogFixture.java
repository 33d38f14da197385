package io.mandi.testing;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.BuyerDraft;
import io.mandi.account.BuyerKind;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.Category;
import io.mandi.catalog.OfferDraft;
import io.mandi.catalog.PriceBreak;
import io.mandi.catalog.ProductDraft;
import io.mandi.catalog.SellerDraft;
import io.mandi.catalog.SellerKind;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Builds small, independent catalogs for tests: every call uses fresh codes, so tests sharing one
 * database never see each other's rows.
 */
public final class CatalogFixture {
  private final CatalogOnboarding catalog;
  private final AccountService accountService;

  public CatalogFixture(CatalogOnboarding catalog, AccountService accountService) {
    this.catalog = catalog;
    this.accountService = accountService;
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String category() {
    String id = unique("cat");
    catalog.addCategory(new Category(id, "Category " + id));
    return id;
  }

  public long product(String categoryId, String name) {
    ProductDraft product =
        new ProductDraft(unique("SKU"), name, categoryId, "kg", "1006", new BigDecimal("5.00"));
    return catalog.addProduct(product);
  }

  public Actor seller(SellerKind kind) {
    SellerDraft seller =
        new SellerDraft(unique("S"), "Seller " + unique(""), kind, "MH", "+919800000001");
    catalog.addSeller(seller);
    catalog.linkPayoutAccount(seller.id, "acc_" + seller.code);
    String username = unique("seller");
    accountService.createUser(username, "password1", "Seller user", Role.SELLER, null, seller.id);
    return new Actor(username, Role.SELLER, null, seller.id);
  }

  public Actor buyer() {
    BuyerDraft buyer =
        new BuyerDraft(
            unique("B"), "Buyer " + unique(""), BuyerKind.RETAILER, "MH", "+919811111111");
    accountService.addBuyer(buyer);
    String username = unique("buyer");
    accountService.createUser(username, "password1", "Buyer user", Role.BUYER, buyer.id, null);
    return new Actor(username, Role.BUYER, buyer.id, null);
  }

  /** An offer with price breaks at 1 (base), 10 (-10%) and 100 (-20%) units. */
  public long offer(Actor seller, long productId, int moq, int stock, BigDecimal basePrice) {
    OfferDraft offer = new OfferDraft(seller.sellerId(), productId, moq, stock, 3, "MH");
    catalog.addOffer(offer);
    catalog.addPriceBreak(new PriceBreak(offer.id, 1, basePrice));
    catalog.addPriceBreak(new PriceBreak(offer.id, 10, basePrice.multiply(new BigDecimal("0.90"))));
    catalog.addPriceBreak(
        new PriceBreak(offer.id, 100, basePrice.multiply(new BigDecimal("0.80"))));
    return offer.id;
  }
}
