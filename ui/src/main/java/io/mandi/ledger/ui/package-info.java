/** Money views: the seller's payouts. */
package io.mandi.ledger.ui;
