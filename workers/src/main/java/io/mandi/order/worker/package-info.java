/** Job workers of the order-lifecycle process and the adapter that starts it. */
package io.mandi.order.worker;
