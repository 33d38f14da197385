/** Job workers for shipments, and the adapter that turns tracking into process messages. */
package io.mandi.logistics.worker;
