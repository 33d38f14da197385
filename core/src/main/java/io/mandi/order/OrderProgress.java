package io.mandi.order;

import io.mandi.account.Role;

/**
 * Where an order stands in words, and what happens next for the person looking at it: the buyer,
 * the seller or operations. A status alone does not say it (a confirmed order may wait for the
 * buyer's payment or for the seller's packing), so the payment is taken into account.
 *
 * @param stage a short label, e.g. "Paid, being packed"
 * @param next what happens next, or what the viewer has to do
 */
public record OrderProgress(String stage, String next) {

  public static OrderProgress of(OrderStatus status, boolean paid, Role viewer) {
    boolean buyer = viewer == Role.BUYER;
    boolean seller = viewer == Role.SELLER;
    return switch (status) {
      case PLACED -> new OrderProgress("Placed", "The order is being checked; nothing to do yet.");
      case AWAITING_CREDIT_APPROVAL ->
          new OrderProgress(
              "Waiting for credit approval",
              buyer
                  ? "The order is above your credit limit: our team is reviewing it."
                  : viewer == Role.OPS
                      ? "Approve or decline the credit in the task inbox."
                      : "The seller is asked once the buyer's credit is approved.");
      case AWAITING_ACCEPTANCE ->
          new OrderProgress(
              "Waiting for the seller",
              seller
                  ? "Accept or refuse the order in your task inbox."
                  : "The seller has been asked to accept the order.");
      case CONFIRMED ->
          paid
              ? new OrderProgress(
                  "Paid, being packed",
                  seller
                      ? "Pack the order and mark it ready to ship in your task inbox."
                      : "The payment is held in escrow while the seller packs.")
              : new OrderProgress(
                  "Accepted, waiting for payment",
                  buyer
                      ? "Pay into escrow: the money is held until you have your goods."
                      : "Packing starts once the buyer has paid into escrow.");
      case SHIPPED ->
          new OrderProgress(
              "On its way",
              buyer
                  ? "When the goods arrive, confirm that you received them."
                  : "The courier is delivering; the payment stays in escrow.");
      case DELIVERED ->
          new OrderProgress(
              "Delivered, being inspected",
              buyer
                  ? "Check the goods: confirm receipt, or raise a dispute within the inspection"
                      + " period."
                  : "The seller is paid when the buyer confirms or the inspection period ends.");
      case DISPUTED ->
          new OrderProgress(
              "In dispute",
              viewer == Role.OPS
                  ? "Mediate the dispute in the task inbox if the parties do not agree."
                  : "The dispute below says who has to answer next.");
      case REFUNDED ->
          new OrderProgress("Refunded", "The money held in escrow went back to the buyer.");
      case CANCELLED ->
          new OrderProgress(
              "Cancelled", "Anything paid is refunded and reserved stock is released.");
      case REJECTED -> new OrderProgress("Not accepted", "The timeline below says why.");
      case COMPLETED ->
          new OrderProgress("Completed", "The seller has been paid and the invoice issued.");
    };
  }
}
