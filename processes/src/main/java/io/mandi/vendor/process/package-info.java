/** Names in vendor-assignment.bpmn. */
package io.mandi.vendor.process;
