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
  static final int MAX_RESULTS = 500;
  public static final int MAX_SEARCH = 100;

  private final CatalogMapper mapper;

  CatalogService(CatalogMapper mapper) {
    this.mapper = mapper;
  }

  public List<Category> categories() {
    return mapper.findCategories();
  }

  /** Active offers whose product name or SKU contains the text, optionally in one category. */
  public List<OfferListing> search(String text, String categoryId) {
    if (text != null && text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("Search without control characters, please");
    }
    String trimmed = text == null || text.isBlank() ? null : text.strip();
    if (trimmed != null && trimmed.length() > MAX_SEARCH) {
      throw new IllegalArgumentException("Search for at most " + MAX_SEARCH + " characters");
    }
    if (trimmed != null) { // the words are searched as typed: % and _ are not wildcards
      trimmed = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
    String category = categoryId == null || categoryId.isBlank() ? null : categoryId;
    return withPriceBreaks(mapper.searchOffers(trimmed, category, MAX_RESULTS));
  }

  public Map<Long, OfferListing> offersById(Collection<Long> offerIds) {
    if (offerIds.isEmpty()) {
      return Map.of();
    }
    return withPriceBreaks(mapper.findOffersByIds(offerIds)).stream()
        .collect(Collectors.toMap(OfferListing::offerId, offer -> offer));
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
