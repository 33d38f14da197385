/** The cart, checkout and order pages of buyers and sellers. */
package io.mandi.order.ui;
