package io.mandi.rfq.ui;

import io.mandi.rfq.QuoteLine;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.RfqLine;
import io.mandi.ui.Formats;
import java.util.List;
import java.util.stream.Collectors;

/** A quote's prices per item, terms and score reasons, in words. */
final class QuoteDetails {
  private QuoteDetails() {}

  static String prices(List<RfqLine> asked, List<QuoteLine> priced) {
    return priced.stream()
        .map(
            line -> {
              RfqLine item = asked.get(line.lineNo() - 1);
              return item.description()
                  + ": "
                  + Formats.rupees(line.unitPrice())
                  + " per "
                  + item.unit()
                  + (line.listPrice() == null
                      ? ""
                      : " (catalog " + Formats.rupees(line.listPrice()) + ")");
            })
        .collect(Collectors.joining(" · "));
  }

  /** Prices per item, terms and the score's reasons: a quote's row details. */
  static String all(List<RfqLine> asked, List<QuoteLine> priced, QuoteRevision quote) {
    return prices(asked, priced) + " · " + terms(quote) + " · " + score(quote);
  }

  static String terms(QuoteRevision quote) {
    return "ships in "
        + quote.leadTimeDays()
        + (quote.leadTimeDays() == 1 ? " day" : " days")
        + " · valid until "
        + Formats.time(quote.validUntil())
        + (quote.notes() == null ? "" : " · " + quote.notes());
  }

  static String score(QuoteRevision quote) {
    return quote.score() == null
        ? "Not scored yet"
        : "Score "
            + quote.score().toPlainString()
            + (quote.scoreRules() == null ? "" : " (" + quote.scoreRules() + ")")
            + ": "
            + quote.scoreReasons();
  }
}
