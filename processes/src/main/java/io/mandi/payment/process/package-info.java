/** The escrow BPMN model and the names code uses to talk to it. */
package io.mandi.payment.process;
