package io.mandi.rfq.ui;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.rfq.InvitationStatus;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.RfqStatus;

/** How a request, an invitation and a quote read to the person looking at them. */
final class RfqLabels {
  private RfqLabels() {}

  static String status(Actor actor, RfqStatus status) {
    return switch (actor.role()) {
      case BUYER -> status.forBuyer();
      case SELLER -> status.forSeller();
      default ->
          switch (status) {
            case OPEN -> "Open for quotes";
            case NO_RESPONSES -> "No quotes: the buyer decides";
            case COMPARING -> "The buyer compares quotes";
            case AWARDED -> "Awarded";
            case REJECTED -> "All quotes rejected";
            case CANCELLED -> "Cancelled";
          };
    };
  }

  static String invitation(InvitationStatus status) {
    return switch (status) {
      case INVITED -> "Invited, not answered yet";
      case WAITING_FOR_ANSWER -> "Asked a question: waiting for the buyer's answer";
      case QUOTED -> "Quoted";
      case DECLINED -> "Declined";
      case NO_ANSWER -> "Did not answer in time";
      case WON -> "Won";
      case LOST -> "Not chosen";
    };
  }

  static String quote(Actor actor, QuoteRevision quote) {
    if (quote.counterOffer()) {
      return switch (quote.status()) {
        case OPEN ->
            actor.role() == Role.SELLER
                ? "Counter-offer: your answer is needed"
                : "Counter-offer sent";
        case ACCEPTED -> "Counter-offer accepted";
        case DECLINED -> "Counter-offer declined";
        case SUPERSEDED -> "Answered with a new quote";
        case EXPIRED -> "Counter-offer lapsed";
        default -> "Counter-offer, " + quote.status().name().toLowerCase();
      };
    }
    return switch (quote.status()) {
      case AWAITING_APPROVAL -> "Waiting for Mandi's approval of the discount";
      case OPEN -> "Open";
      case SUPERSEDED -> "Replaced by a later revision";
      case COUNTERED -> "Countered by the buyer";
      case REFUSED -> "Discount refused by Mandi";
      case DECLINED -> "Declined";
      case EXPIRED -> "Expired";
      case ACCEPTED -> "Accepted";
      case LOST -> "Not chosen";
    };
  }
}
