/** Names in task-escalation.bpmn that code refers to. */
package io.mandi.task.process;
