/**
 * Vendor assignment: which vendor serves an order, chosen by ranking rules and reassigned when a
 * vendor refuses or stays silent, with every decision and its reason on record.
 */
package io.mandi.vendor;
