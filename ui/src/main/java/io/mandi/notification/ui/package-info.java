/** The messages people were sent, listed in the app. */
package io.mandi.notification.ui;
