/** The remedy policy of order-recovery, as Drools rules. */
package io.mandi.recovery.rules;
