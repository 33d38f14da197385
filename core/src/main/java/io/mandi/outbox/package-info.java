/** Commit, then tell: intentions written with the business change, delivered after commit. */
package io.mandi.outbox;
