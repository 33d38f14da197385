package io.mandi.order.rules;

import io.mandi.order.ValidationLine;

/** A requested order line as the rules see it (Drools reads facts through getters). */
public final class LineFact {
  private final ValidationLine line;

  LineFact(ValidationLine line) {
    this.line = line;
  }

  public int getLineNo() {
    return line.lineNo();
  }

  public long getOfferId() {
    return line.offerId();
  }

  public String getProductName() {
    return line.productName();
  }

  public int getQuantity() {
    return line.quantity();
  }

  public int getMinOrderQty() {
    return line.minOrderQty();
  }

  public int getStock() {
    return line.stock();
  }

  public boolean isOfferActive() {
    return line.offerActive();
  }
}
