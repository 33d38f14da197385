/** Disputes: the buyer's complaint, the seller's offer, operations' decision. */
package io.mandi.dispute;
