package io.mandi.catalog;

/** A seller to insert; MyBatis sets the generated id. */
public final class SellerDraft {
  public Long id;
  public final String code;
  public final String name;
  public final SellerKind kind;
  public final String region;
  public final String phone;

  public SellerDraft(String code, String name, SellerKind kind, String region, String phone) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.region = region;
    this.phone = phone;
  }
}
