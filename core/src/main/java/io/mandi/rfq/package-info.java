/**
 * Requests for quotation: a buyer asks several sellers at once, sellers quote, decline or ask, the
 * buyer compares, counters and accepts, and each accepted quote becomes an order at the agreed
 * prices. Every revision, counter-offer, message and status change is kept.
 */
package io.mandi.rfq;
