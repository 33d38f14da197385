/** Shared platform wiring of the core: the clock and MyBatis settings. */
package io.mandi.platform;
