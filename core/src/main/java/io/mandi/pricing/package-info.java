/** Pricing: from the offer's quantity break to the price locked on the order line. */
package io.mandi.pricing;
