/** The rules of requests for quotation: which sellers to invite, how quotes score. */
package io.mandi.rfq.rules;
