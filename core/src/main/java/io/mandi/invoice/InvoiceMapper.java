package io.mandi.invoice;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InvoiceMapper {

  long nextNumber();

  int insertInvoice(@Param("invoice") Invoice invoice, @Param("pdf") byte[] pdf);

  int insertLine(@Param("invoiceNo") String invoiceNo, @Param("line") InvoiceLine line);

  Invoice findInvoiceOfOrder(@Param("orderId") long orderId);

  List<InvoiceLine> findLines(@Param("invoiceNo") String invoiceNo);

  PdfRow findPdf(@Param("orderId") long orderId);

  /** The stored PDF of an order's invoice. */
  record PdfRow(String invoiceNo, byte[] pdf) {}
}
