/**
 * What changed, for pages that show it live: events every capability may publish, depending on none
 * of them.
 */
package io.mandi.live;
