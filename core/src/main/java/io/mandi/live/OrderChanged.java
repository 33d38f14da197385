package io.mandi.live;

/**
 * Something people see about an order changed: its status, its money or its payment. Published
 * inside the transaction that made the change; listeners that tell people act only after it
 * commits, so nobody is shown a change that was rolled back.
 */
public record OrderChanged(long orderId) {}
