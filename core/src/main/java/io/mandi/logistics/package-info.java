/** Shipments: booking with a courier, tracking events, proof of delivery. */
package io.mandi.logistics;
