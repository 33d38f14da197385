package io.mandi.account;

/** A buyer to insert; MyBatis sets the generated id. */
public final class BuyerDraft {
  public Long id;
  public final String code;
  public final String name;
  public final BuyerKind kind;
  public final String region;
  public final String phone;

  public BuyerDraft(String code, String name, BuyerKind kind, String region, String phone) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.region = region;
    this.phone = phone;
  }
}
