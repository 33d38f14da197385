/** Job workers of vendor-assignment.bpmn. */
package io.mandi.vendor.worker;
