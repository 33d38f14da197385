package io.mandi.catalog;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts categories, products, sellers and offers into the catalog: the one way other capabilities,
 * the demo data and tests add to it (its mapper is the catalog's own).
 */
@Service
public class CatalogOnboarding {
  private final CatalogMapper catalog;

  CatalogOnboarding(CatalogMapper catalog) {
    this.catalog = catalog;
  }

  @Transactional
  public void addCategory(Category category) {
    catalog.insertCategory(category);
  }

  /** Returns the new product's id. */
  @Transactional
  public long addProduct(ProductDraft product) {
    catalog.insertProduct(product);
    return product.id;
  }

  /** Returns the new seller's id. */
  @Transactional
  public long addSeller(SellerDraft seller) {
    catalog.insertSeller(seller);
    return seller.id;
  }

  /** Records the seller's GST registration and address, as its invoices print them. */
  @Transactional
  public void register(long sellerId, String gstin, String address, String pinCode) {
    io.mandi.account.Registration registration =
        io.mandi.account.Registration.of(gstin, address, pinCode);
    catalog.updateSellerRegistration(
        sellerId, registration.gstin(), registration.address(), registration.pinCode());
  }

  /** The seller's linked account at the payment gateway, where its share of each order goes. */
  @Transactional
  public void linkPayoutAccount(long sellerId, String account) {
    catalog.linkPayoutAccount(sellerId, account);
  }

  /** Returns the new offer's id. */
  @Transactional
  public long addOffer(OfferDraft offer) {
    catalog.insertOffer(offer);
    return offer.id;
  }

  @Transactional
  public void addPriceBreak(PriceBreak priceBreak) {
    catalog.insertPriceBreak(priceBreak);
  }

  /** The lowest unit price the pricing rules may reach for this offer. */
  @Transactional
  public void setFloorPrice(long offerId, BigDecimal price) {
    catalog.setFloorPrice(offerId, price);
  }

  /**
   * Moves an offer's whole price ladder so that its first break becomes the new price; the caller
   * runs it inside its own transaction with the record of why.
   */
  public void moveBasePrice(long offerId, BigDecimal oldBase, BigDecimal newBase) {
    catalog.scalePriceBreaks(
        offerId, newBase.divide(oldBase, 10, java.math.RoundingMode.HALF_EVEN));
  }

  /**
   * What the stock cost, since when it is in stock, and a competitor's price (each may be null).
   */
  @Transactional
  public void setPricingFacts(
      long offerId,
      BigDecimal costPrice,
      java.time.LocalDate stockedSince,
      BigDecimal competitorPrice) {
    catalog.setPricingFacts(offerId, costPrice, stockedSince, competitorPrice);
  }
}
