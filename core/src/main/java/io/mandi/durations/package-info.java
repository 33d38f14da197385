/**
 * Dispute and SLA durations: how long each party has at each step of an order, decided by the
 * durations rule set when the order is first checked and kept with the order from then on.
 */
package io.mandi.durations;
