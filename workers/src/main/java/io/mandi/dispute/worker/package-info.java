/** Job workers of the escrow's dispute ladder. */
package io.mandi.dispute.worker;
