/** The application shell: login, security, navigation by role. */
package io.mandi.ui;
