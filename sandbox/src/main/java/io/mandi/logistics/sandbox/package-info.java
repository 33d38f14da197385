/** A local simulator of the logistics platform's API and tracking webhooks. */
package io.mandi.logistics.sandbox;
