/** Sellers' prices: the recommended band with its reasons, applied in one click. */
package io.mandi.recommendation.ui;
