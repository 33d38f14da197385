/** A local stand-in for the WhatsApp Cloud API: same HTTP shape, records what it receives. */
package io.mandi.notification.sandbox;
