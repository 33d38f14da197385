/** Messages the external platforms pushed to us, remembered so a replay is handled once. */
package io.mandi.inbound;
