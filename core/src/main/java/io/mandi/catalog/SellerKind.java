package io.mandi.catalog;

public enum SellerKind {
  MANUFACTURER,
  /** A self-help group: small producers selling together. */
  SHG,
  WHOLESALER
}
