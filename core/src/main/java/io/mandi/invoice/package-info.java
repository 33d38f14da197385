/** GST tax invoices: tax lines per HSN code, CGST+SGST within a state, IGST across states. */
package io.mandi.invoice;
