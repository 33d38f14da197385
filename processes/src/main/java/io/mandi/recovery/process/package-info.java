/** Names in order-recovery.bpmn that code refers to. */
package io.mandi.recovery.process;
