/** The durations rule set: how long each party has at each step of an order, as Drools rules. */
package io.mandi.durations.rules;
