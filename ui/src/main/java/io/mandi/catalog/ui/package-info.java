/** The buyer's catalog: search, filter, add offers to the cart. */
package io.mandi.catalog.ui;
