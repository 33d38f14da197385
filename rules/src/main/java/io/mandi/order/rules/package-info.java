/** Drools rules that decide whether an order is acceptable. */
package io.mandi.order.rules;
