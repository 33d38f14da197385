/** Vendor ranking rules behind {@link io.mandi.vendor.VendorRankingPolicy}. */
package io.mandi.vendor.rules;
