/**
 * Job workers of the escrow process and the adapter that reports held payments to it. Worker
 * classes and handler methods are public because the Camunda client invokes them reflectively.
 */
package io.mandi.payment.worker;
