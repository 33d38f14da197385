/**
 * The double-entry ledger: escrow holds and their one-time resolution, postings summing to zero.
 */
package io.mandi.ledger;
