/** Starts the local simulators of the external platforms in the embedded mode. */
package io.mandi.sandbox;
