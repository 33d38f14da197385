/**
 * Job workers of the order-lifecycle process and the adapter that starts it. Worker classes and
 * handler methods are public because the Camunda client invokes them reflectively.
 */
package io.mandi.order.worker;
