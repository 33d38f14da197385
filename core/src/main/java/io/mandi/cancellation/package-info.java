/** Undoing a cancelled order across the capabilities that took part in it. */
package io.mandi.cancellation;
