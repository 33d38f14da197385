/** Deployment of the BPMN models to the engine. */
package io.mandi.process.worker;
