package io.mandi.account;

/** The four kinds of people who use Mandi; the single place role names are defined. */
public enum Role {
  BUYER,
  SELLER,
  OPS,
  ADMIN
}
