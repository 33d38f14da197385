/** The Camunda side of requests for quotation: telling rfq-negotiation what happened. */
package io.mandi.rfq.worker;
