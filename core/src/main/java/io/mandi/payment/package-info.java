/** Buyer payments through the payment gateway and the webhooks it sends back. */
package io.mandi.payment;
