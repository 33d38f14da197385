/** Orders: placement with validation, lines, statuses and their recorded history. */
package io.mandi.order;
