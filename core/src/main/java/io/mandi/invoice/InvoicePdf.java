package io.mandi.invoice;

import io.mandi.account.Buyer;
import io.mandi.catalog.Seller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders a tax invoice as a one-page A4 PDF with its HSN lines and tax summary. */
final class InvoicePdf {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd MMM yyyy").withZone(ZoneId.of("Asia/Kolkata"));
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float[] COLUMNS = {40, 215, 270, 310, 350, 420, 475, 530};

  private InvoicePdf() {}

  static byte[] render(Invoice invoice, List<InvoiceLine> lines, Seller seller, Buyer buyer) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float y = 800;
        write(text, BOLD, 16, 40, y, "TAX INVOICE");
        write(text, REGULAR, 10, 380, y, "Invoice " + invoice.invoiceNo());
        write(text, REGULAR, 10, 380, y -= 14, "Date " + DATE.format(invoice.issuedAt()));
        write(text, REGULAR, 10, 380, y -= 14, "Order " + invoice.orderId());
        y -= 26;
        write(text, BOLD, 10, 40, y, "Supplier");
        write(text, BOLD, 10, 300, y, "Recipient");
        write(text, REGULAR, 10, 40, y -= 14, seller.name());
        write(text, REGULAR, 10, 300, y, buyer.name());
        write(text, REGULAR, 10, 40, y -= 14, "State: " + seller.region());
        write(text, REGULAR, 10, 300, y, "State: " + buyer.region());
        write(
            text,
            REGULAR,
            10,
            40,
            y -= 20,
            "Place of supply: "
                + invoice.placeOfSupply()
                + (invoice.intraState() ? " (intra-state: CGST + SGST)" : " (inter-state: IGST)"));
        y -= 26;
        row(text, BOLD, y, "Description", "HSN", "Qty", "GST %", "Taxable", "CGST", "SGST", "IGST");
        for (InvoiceLine line : lines) {
          y -= 16;
          row(
              text,
              REGULAR,
              y,
              line.description(),
              line.hsnCode(),
              line.quantity() + " " + line.unit(),
              line.gstRate().stripTrailingZeros().toPlainString(),
              money(line.taxableValue()),
              money(line.cgst()),
              money(line.sgst()),
              money(line.igst()));
        }
        y -= 24;
        row(
            text,
            BOLD,
            y,
            "Total",
            "",
            "",
            "",
            money(invoice.taxableValue()),
            money(invoice.cgst()),
            money(invoice.sgst()),
            money(invoice.igst()));
        write(text, BOLD, 12, 40, y -= 30, "Invoice total: Rs. " + money(invoice.total()));
        write(
            text,
            REGULAR,
            8,
            40,
            y - 20,
            "Prices include GST. Issued by Mandi on behalf of the supplier after escrow settlement.");
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render invoice " + invoice.invoiceNo(), e);
    }
  }

  private static void row(PDPageContentStream text, PDType1Font font, float y, String... cells)
      throws IOException {
    for (int i = 0; i < cells.length; i++) {
      String cell = i == 0 && cells[i].length() > 32 ? cells[i].substring(0, 31) + "." : cells[i];
      write(text, font, 9, COLUMNS[i], y, cell);
    }
  }

  private static void write(
      PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
      throws IOException {
    text.beginText();
    text.setFont(font, size);
    text.newLineAtOffset(x, y);
    text.showText(printable(value));
    text.endText();
  }

  /** The standard fonts cover Latin-1 only; anything else prints as '?'. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> out.append(c >= 32 && c < 256 ? (char) c : '?'));
    return out.toString();
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2).toPlainString();
  }
}
