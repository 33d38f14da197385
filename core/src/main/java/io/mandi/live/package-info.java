/**
 * What changed: events every capability may publish, depending on none of them, for pages that show
 * changes live and for the notices sent to the people concerned.
 */
package io.mandi.live;
