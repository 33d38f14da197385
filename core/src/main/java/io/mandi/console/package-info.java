/** The operations console's own data: saved order lists shared by the team. */
package io.mandi.console;
