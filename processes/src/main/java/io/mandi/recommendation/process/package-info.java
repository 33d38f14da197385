/** Names of the price change approval model that code refers to. */
package io.mandi.recommendation.process;
