/** The validated business settings every capability reads; depends on no capability. */
package io.mandi.settings;
