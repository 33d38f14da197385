/** Drools rules that decide whether an order fits the buyer's credit. */
package io.mandi.credit.rules;
