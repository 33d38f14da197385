package io.mandi.invoice;

import io.mandi.account.Buyer;
import io.mandi.catalog.Seller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a tax invoice as a one-page A4 PDF: supplier and recipient with GSTIN and address, place
 * of supply, HSN lines, the tax summary, the total in figures with the ₹ sign and in words. The
 * font is DejaVu Sans, embedded, because the PDF standard fonts have no ₹.
 */
final class InvoicePdf {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd MMM yyyy").withZone(ZoneId.of("Asia/Kolkata"));
  private static final float[] COLUMNS = {40, 205, 255, 305, 345, 415, 470, 525};

  private InvoicePdf() {}

  static byte[] render(Invoice invoice, List<InvoiceLine> lines, Seller seller, Buyer buyer) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
      PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float y = 800;
        write(text, bold, 16, 40, y, "TAX INVOICE");
        write(text, regular, 9, 380, y, "Invoice no. " + invoice.invoiceNo());
        write(text, regular, 9, 380, y -= 13, "Date " + DATE.format(invoice.issuedAt()));
        write(text, regular, 9, 380, y -= 13, "Order " + invoice.orderId());
        y -= 24;
        write(text, bold, 9, 40, y, "Supplier");
        write(text, bold, 9, 300, y, "Recipient (bill to / ship to)");
        write(text, regular, 9, 40, y -= 13, seller.name());
        write(text, regular, 9, 300, y, buyer.name());
        write(text, regular, 9, 40, y -= 13, "GSTIN: " + gstin(invoice.supplierGstin()));
        write(text, regular, 9, 300, y, "GSTIN: " + gstin(invoice.recipientGstin()));
        float left = y;
        float right = y;
        for (String part : wrap(invoice.supplierAddress(), 50)) {
          write(text, regular, 8, 40, left -= 12, part);
        }
        for (String part : wrap(invoice.recipientAddress(), 50)) {
          write(text, regular, 8, 300, right -= 12, part);
        }
        y = Math.min(left, right);
        write(text, regular, 9, 40, y -= 13, "State: " + seller.region());
        write(text, regular, 9, 300, y, "State: " + buyer.region());
        write(
            text,
            regular,
            9,
            40,
            y -= 18,
            "Place of supply: "
                + invoice.placeOfSupply()
                + (invoice.intraState() ? " (intra-state: CGST + SGST)" : " (inter-state: IGST)"));
        y -= 24;
        row(
            text,
            bold,
            y,
            "Description",
            "HSN",
            "Qty",
            "GST %",
            "Taxable ₹",
            "CGST ₹",
            "SGST ₹",
            "IGST ₹");
        for (InvoiceLine line : lines) {
          y -= 15;
          row(
              text,
              regular,
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
        y -= 22;
        row(
            text,
            bold,
            y,
            "Total",
            "",
            "",
            "",
            money(invoice.taxableValue()),
            money(invoice.cgst()),
            money(invoice.sgst()),
            money(invoice.igst()));
        write(text, bold, 12, 40, y -= 28, "Invoice total: ₹" + money(invoice.total()));
        write(text, regular, 9, 40, y -= 15, invoice.amountInWords());
        write(
            text,
            regular,
            7,
            40,
            y - 22,
            "Prices include GST. Issued by Mandi on behalf of the supplier after escrow settlement;"
                + " after a refund agreed in a dispute, the lines carry the value finally paid.");
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render invoice " + invoice.invoiceNo(), e);
    }
  }

  private static PDFont font(PDDocument document, String resource) throws IOException {
    try (InputStream in = InvoicePdf.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Missing font " + resource);
      }
      return PDType0Font.load(document, in);
    }
  }

  private static String gstin(String gstin) {
    return gstin == null ? "Unregistered" : gstin;
  }

  /** Splits an address into lines of at most {@code width} characters, at commas or spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    if (text == null) {
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void row(PDPageContentStream text, PDFont font, float y, String... cells)
      throws IOException {
    for (int i = 0; i < cells.length; i++) {
      String cell = i == 0 && cells[i].length() > 30 ? cells[i].substring(0, 29) + "." : cells[i];
      write(text, font, 8, COLUMNS[i], y, cell);
    }
  }

  private static void write(
      PDPageContentStream text, PDFont font, float size, float x, float y, String value)
      throws IOException {
    text.beginText();
    text.setFont(font, size);
    text.newLineAtOffset(x, y);
    text.showText(printable(font, value));
    text.endText();
  }

  /** A character the font cannot draw prints as '?', rather than failing the invoice. */
  private static String printable(PDFont font, String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              String character = new String(Character.toChars(c));
              try {
                font.encode(character);
                out.append(c < 32 ? "?" : character);
              } catch (IllegalArgumentException | IOException unsupported) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static String money(BigDecimal amount) {
    return new java.text.DecimalFormat(
            "#,##,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
        .format(amount);
  }
}
