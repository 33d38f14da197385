/** Money arithmetic in INR: BigDecimal with explicit scale and rounding. */
package io.mandi.money;
