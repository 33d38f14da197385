/** A local stand-in for the payment gateway: orders, hosted checkout, payments, signed webhooks. */
package io.mandi.payment.sandbox;
