/** Recovery's engine side: re-creating lost order processes and the order-recovery job workers. */
package io.mandi.recovery.worker;
