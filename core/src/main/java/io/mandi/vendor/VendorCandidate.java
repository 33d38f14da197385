package io.mandi.vendor;

/**
 * What ranking knows about one vendor that lists at least one product of an order. Counts come from
 * the vendor's history in the database; ranking rules turn them into a score.
 *
 * @param lineCount lines of the order
 * @param offeredLines lines this vendor has an active offer for
 * @param stockedLines lines this vendor has enough stock for
 * @param orderableLines lines whose quantity meets this vendor's minimum order quantity
 * @param localLines lines this vendor dispatches from the buyer's region
 * @param openOrders orders the vendor is working on now (its load)
 * @param capacity open orders the vendor can work on at once
 * @param roundsOffered orders ever offered to the vendor, answered or not
 * @param roundsAccepted of those, accepted
 * @param avgResponseMinutes average minutes to answer an offer, null without history
 * @param confirmedOrders orders the vendor confirmed
 * @param cancelledAfterConfirmation of those, cancelled for the seller's sake: it dropped the order
 *     after accepting, or operations cancelled it after confirmation. A buyer's own cancellation
 *     and an order cancelled because the buyer never paid do not count against the seller.
 * @param deliveries shipments delivered
 * @param onTimeDeliveries of those, delivered by the promised date
 * @param preferred the buyer chose this vendor's offer
 * @param alreadyOffered this order was already offered to the vendor
 */
public record VendorCandidate(
    long sellerId,
    String sellerName,
    int lineCount,
    int offeredLines,
    int stockedLines,
    int orderableLines,
    int localLines,
    int openOrders,
    int capacity,
    int roundsOffered,
    int roundsAccepted,
    Double avgResponseMinutes,
    int confirmedOrders,
    int cancelledAfterConfirmation,
    int deliveries,
    int onTimeDeliveries,
    boolean preferred,
    boolean alreadyOffered) {}
