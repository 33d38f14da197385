package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.invoice.Invoice;
import io.mandi.invoice.InvoiceService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Issues the GST invoice once escrow is settled; idempotent per order. */
@Component
public class IssueInvoiceWorker {
  private final InvoiceService invoices;

  IssueInvoiceWorker(InvoiceService invoices) {
    this.invoices = invoices;
  }

  @JobWorker(type = OrderLifecycleProcess.JOB_INVOICE, fetchVariables = Variables.ORDER_ID)
  public Map<String, Object> issue(@Variable(name = Variables.ORDER_ID) long orderId) {
    return Map.of(
        "invoiceNo", invoices.issue(orderId).map(Invoice::invoiceNo).orElse("none: refunded"));
  }
}
