/** Drools rules that set the price locked on each order line. */
package io.mandi.pricing.rules;
