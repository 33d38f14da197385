/** The order-lifecycle BPMN model and the names code uses to talk to it. */
package io.mandi.order.process;
