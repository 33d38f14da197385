/** Camel routes to the payment gateway (Razorpay Route shape) and its verified webhooks. */
package io.mandi.payment.integration;
