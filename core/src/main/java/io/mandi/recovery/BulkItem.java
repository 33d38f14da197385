package io.mandi.recovery;

/**
 * What a bulk action does, or did, to one order.
 *
 * @param applies whether the action applies to the order (else it is skipped)
 * @param effect what happens, or why the order is skipped, in words
 * @param failed set on a result when applying went wrong; the order is unchanged
 */
public record BulkItem(long orderId, boolean applies, String effect, boolean failed) {

  static BulkItem will(long orderId, String effect) {
    return new BulkItem(orderId, true, effect, false);
  }

  static BulkItem skip(long orderId, String why) {
    return new BulkItem(orderId, false, why, false);
  }
}
