/**
 * Sellers' prices: a recommended band (minimum, recommended, maximum) from cost, competitors,
 * demand history, stock and season, with reasons; a change applied in one click, or put before
 * operations when it is large.
 */
package io.mandi.recommendation;
