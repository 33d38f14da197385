package io.mandi.ledger;

/** Account names: one escrow account per order, one payable per seller, one refund per buyer. */
public final class LedgerAccounts {
  public static final String GATEWAY_CLEARING = "gateway-clearing";
  public static final String PLATFORM_COMMISSION = "platform-commission";

  private LedgerAccounts() {}

  public static String escrow(long orderId) {
    return "escrow:order:" + orderId;
  }

  public static String sellerPayable(long sellerId) {
    return "seller-payable:" + sellerId;
  }

  public static String buyerRefunds(long buyerId) {
    return "buyer-refunds:" + buyerId;
  }
}
