package io.mandi.catalog;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CatalogMapper {

  int updateSellerRegistration(
      @org.apache.ibatis.annotations.Param("sellerId") long sellerId,
      @org.apache.ibatis.annotations.Param("gstin") String gstin,
      @org.apache.ibatis.annotations.Param("address") String address,
      @org.apache.ibatis.annotations.Param("pinCode") String pinCode);

  List<Category> findCategories();

  List<OfferRow> searchOffers(
      @Param("text") String text,
      @Param("categoryId") String categoryId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  OfferRow findActiveOffer(@Param("sellerId") long sellerId, @Param("productId") long productId);

  List<Product> searchProducts(@Param("text") String text, @Param("limit") int limit);

  List<Seller> searchSellers(@Param("text") String text, @Param("limit") int limit);

  List<OfferRow> searchSellerOffers(
      @Param("sellerId") long sellerId, @Param("text") String text, @Param("limit") int limit);

  long countOffers(@Param("text") String text, @Param("categoryId") String categoryId);

  List<OfferRow> findOffersByIds(@Param("ids") Collection<Long> offerIds);

  List<OfferRow> findOffersOfProduct(long productId);

  int scalePriceBreaks(
      @Param("offerId") long offerId, @Param("factor") java.math.BigDecimal factor);

  List<PriceBreak> findPriceBreaks(@Param("offerIds") Collection<Long> offerIds);

  Product findProduct(long productId);

  Seller findSeller(long sellerId);

  /** The seller's linked account at the payment gateway, where its escrow payouts go. */
  int linkPayoutAccount(@Param("sellerId") long sellerId, @Param("account") String account);

  /** Takes stock only if enough is left; returns the number of rows changed (0 or 1). */
  int reserveStock(@Param("offerId") long offerId, @Param("quantity") int quantity);

  void releaseStock(@Param("offerId") long offerId, @Param("quantity") int quantity);

  void setFloorPrice(@Param("offerId") long offerId, @Param("price") java.math.BigDecimal price);

  void setPricingFacts(
      @Param("offerId") long offerId,
      @Param("costPrice") java.math.BigDecimal costPrice,
      @Param("stockedSince") java.time.LocalDate stockedSince,
      @Param("competitorPrice") java.math.BigDecimal competitorPrice);

  void insertCategory(Category category);

  void insertProduct(ProductDraft product);

  void insertSeller(SellerDraft seller);

  void insertOffer(OfferDraft offer);

  void insertPriceBreak(PriceBreak priceBreak);
}
