/** Camel routes that deliver notifications through the WhatsApp Cloud API. */
package io.mandi.notification.integration;
