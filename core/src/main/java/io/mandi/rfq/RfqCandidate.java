package io.mandi.rfq;

import io.mandi.catalog.SellerKind;

/**
 * What the shortlist rules know about a seller that could quote a request.
 *
 * @param lineCount lines of the request
 * @param productLines lines asking for a catalog product
 * @param offeredLines of those, products the seller lists
 * @param stockedLines of those, with stock for the quantity asked
 * @param categoryLines lines whose category the seller sells in (a product line's category; free
 *     text lines count for every seller)
 * @param local the seller dispatches from the request's delivery region
 * @param openOrders orders the seller is working on now
 * @param capacity orders it can work on at once
 * @param acceptanceRate share of offered orders it accepted; null without history
 * @param onTimeRate share of its deliveries on time; null without history
 * @param buyerChoice the buyer asked for this seller
 * @param buyerExcluded the buyer does not want this seller asked
 */
public record RfqCandidate(
    long sellerId,
    String sellerName,
    SellerKind kind,
    int lineCount,
    int productLines,
    int offeredLines,
    int stockedLines,
    int categoryLines,
    boolean local,
    int openOrders,
    int capacity,
    Double acceptanceRate,
    Double onTimeRate,
    boolean buyerChoice,
    boolean buyerExcluded) {

  /** The same seller as the buyer named it: asked for, or excluded. */
  public RfqCandidate namedByBuyer(boolean excluded) {
    return new RfqCandidate(
        sellerId,
        sellerName,
        kind,
        lineCount,
        productLines,
        offeredLines,
        stockedLines,
        categoryLines,
        local,
        openOrders,
        capacity,
        acceptanceRate,
        onTimeRate,
        !excluded,
        excluded);
  }
}
