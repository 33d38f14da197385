package io.mandi.account;

public enum BuyerKind {
  RETAILER,
  DISTRIBUTOR,
  GOVERNMENT
}
