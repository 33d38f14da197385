/** Requests for quotation in the portal: the buyer's, the seller's and operations' views. */
package io.mandi.rfq.ui;
