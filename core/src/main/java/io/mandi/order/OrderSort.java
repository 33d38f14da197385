package io.mandi.order;

/** What an order list can be sorted by; each names its column, so no text reaches the SQL. */
public enum OrderSort {
  PLACED("o.placed_at"),
  UPDATED("o.updated_at"),
  VALUE("o.total_amount"),
  STATUS("o.status"),
  NUMBER("o.id");

  private final String column;

  OrderSort(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
