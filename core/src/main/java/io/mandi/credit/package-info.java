/** Buyer credit: whether an order fits the buyer's limit or needs an approval. */
package io.mandi.credit;
