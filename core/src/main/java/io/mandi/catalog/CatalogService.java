package io.mandi.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads the catalog as buyers see it: offers with their price breaks. */
@Service
public class CatalogService {
  public static final int MAX_PAGE = 500;
  public static final int MAX_SEARCH = 100;

  private final CatalogMapper mapper;

  CatalogService(CatalogMapper mapper) {
    this.mapper = mapper;
  }

  public List<Category> categories() {
    return mapper.findCategories();
  }

  /** The first page of active offers whose product name or SKU contains the text. */
  public List<OfferListing> search(String text, String categoryId) {
    return search(text, categoryId, 0, MAX_PAGE);
  }

  /**
   * One page of active offers whose product name or SKU contains the text, optionally in one
   * category, by product and seller name.
   */
  public List<OfferListing> search(String text, String categoryId, long offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException(
          "A page starts at 0 and holds 1 to " + MAX_PAGE + " offers");
    }
    return withPriceBreaks(
        mapper.searchOffers(likePattern(text), category(categoryId), offset, limit));
  }

  /** How many offers {@link #search} finds in all its pages. */
  public long count(String text, String categoryId) {
    return mapper.countOffers(likePattern(text), category(categoryId));
  }

  /** Refuses a search that could not be run (control characters, too long), without a query. */
  public static void checkSearch(String text) {
    likePattern(text);
  }

  /** The text as searched: checked, trimmed, with % and _ searched as typed, not as wildcards. */
  private static String likePattern(String text) {
    if (text != null && text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("Search without control characters, please");
    }
    String trimmed = text == null || text.isBlank() ? null : text.strip();
    if (trimmed != null && trimmed.length() > MAX_SEARCH) {
      throw new IllegalArgumentException("Search for at most " + MAX_SEARCH + " characters");
    }
    return trimmed == null
        ? null
        : trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String category(String categoryId) {
    return categoryId == null || categoryId.isBlank() ? null : categoryId;
  }

  public Map<Long, OfferListing> offersById(Collection<Long> offerIds) {
    if (offerIds.isEmpty()) {
      return Map.of();
    }
    return withPriceBreaks(mapper.findOffersByIds(offerIds)).stream()
        .collect(Collectors.toMap(OfferListing::offerId, offer -> offer));
  }

  /** Every seller's active offer of a product (at most 200). */
  public List<OfferListing> offersOfProduct(long productId) {
    return withPriceBreaks(mapper.findOffersOfProduct(productId));
  }

  /** The seller's active offer of a product, if it lists one. */
  public Optional<OfferListing> activeOffer(long sellerId, long productId) {
    OfferRow offer = mapper.findActiveOffer(sellerId, productId);
    return offer == null
        ? Optional.empty()
        : Optional.of(withPriceBreaks(List.of(offer)).getFirst());
  }

  /** Up to {@code limit} products on offer whose name or SKU contains the text, by name. */
  public List<Product> products(String text, int limit) {
    return mapper.searchProducts(likePattern(text), Math.min(Math.max(limit, 1), MAX_PAGE));
  }

  /** Up to {@code limit} sellers whose name contains the text, by name. */
  public List<Seller> sellers(String text, int limit) {
    return mapper.searchSellers(likePattern(text), Math.min(Math.max(limit, 1), MAX_PAGE));
  }

  /** Up to {@code limit} of a seller's active offers whose product matches the text. */
  public List<OfferListing> offersOf(long sellerId, String text, int limit) {
    return withPriceBreaks(
        mapper.searchSellerOffers(
            sellerId, likePattern(text), Math.min(Math.max(limit, 1), MAX_PAGE)));
  }

  public Optional<Product> product(long productId) {
    return Optional.ofNullable(mapper.findProduct(productId));
  }

  public Seller seller(long sellerId) {
    Seller seller = mapper.findSeller(sellerId);
    if (seller == null) {
      throw new IllegalStateException("No seller " + sellerId);
    }
    return seller;
  }

  /** Takes stock for an order line; false when the offer has too little left. */
  public boolean reserveStock(long offerId, int quantity) {
    return mapper.reserveStock(offerId, quantity) > 0;
  }

  public void releaseStock(long offerId, int quantity) {
    mapper.releaseStock(offerId, quantity);
  }

  private List<OfferListing> withPriceBreaks(List<OfferRow> offers) {
    if (offers.isEmpty()) {
      return List.of();
    }
    Map<Long, List<PriceBreak>> breaks =
        mapper.findPriceBreaks(offers.stream().map(OfferRow::offerId).toList()).stream()
            .collect(Collectors.groupingBy(PriceBreak::offerId));
    return offers.stream()
        .map(offer -> offer.withPriceBreaks(breaks.getOrDefault(offer.offerId(), List.of())))
        .toList();
  }
}
