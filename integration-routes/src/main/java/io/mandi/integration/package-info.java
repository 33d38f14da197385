/** What every route to an external platform shares. */
package io.mandi.integration;
