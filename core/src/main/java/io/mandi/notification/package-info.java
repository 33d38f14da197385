/** Messages to buyers and sellers, sent at most once per business event. */
package io.mandi.notification;
