package io.mandi.invoice;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Product;
import io.mandi.catalog.Seller;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.order.Delivery;
import io.mandi.order.Order;
import io.mandi.order.OrderLine;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatusService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the GST tax invoice of a settled order, once: supplier's and recipient's GSTIN and
 * address, place of supply, lines by HSN code with CGST and SGST when supplier and recipient are in
 * the same state, IGST otherwise, and the total in words. The invoice is issued after escrow is
 * settled, so it carries the final value: after a dispute's split the lines are reduced in
 * proportion to what the buyer finally paid, and no credit note is needed (a credit note is for a
 * reduction after an invoice was issued, which this flow never has). Nothing is invoiced when
 * escrow went back to the buyer in full.
 */
@Service
public class InvoiceService {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final InvoiceMapper invoices;
  private final OrderStatusService statuses;
  private final OrderQueryService orders;
  private final CatalogService catalog;
  private final AccountService accounts;
  private final LedgerService ledger;
  private final Clock clock;

  InvoiceService(
      InvoiceMapper invoices,
      OrderStatusService statuses,
      OrderQueryService orders,
      CatalogService catalog,
      AccountService accounts,
      LedgerService ledger,
      Clock clock) {
    this.invoices = invoices;
    this.statuses = statuses;
    this.orders = orders;
    this.catalog = catalog;
    this.accounts = accounts;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Issues the invoice, or returns the one already issued; empty if there is nothing to bill. */
  @Transactional
  public Optional<Invoice> issue(long orderId) {
    Invoice existing = invoices.findInvoiceOfOrder(orderId);
    if (existing != null) {
      return Optional.of(existing);
    }
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null
        || hold.status() == EscrowStatus.REFUNDED
        || hold.status() == EscrowStatus.REVERSED) {
      return Optional.empty();
    }
    Order order = statuses.order(orderId);
    Seller seller = catalog.seller(order.sellerId());
    Buyer buyer = accounts.buyer(order.buyerId());
    boolean intraState = seller.region().equalsIgnoreCase(buyer.region());
    List<OrderLine> orderLines = orders.lines(orderId);
    List<BigDecimal> values =
        finalValues(
            orderLines,
            hold,
            ledger.settledParts(hold, order.buyerId(), order.sellerId()).refunded());
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < orderLines.size(); i++) {
      OrderLine line = orderLines.get(i);
      Product product = catalog.product(line.productId()).orElseThrow();
      lines.add(
          GstCalculator.line(
              line.lineNo(),
              line.productName(),
              product.hsnCode(),
              line.quantity(),
              line.unit(),
              product.gstRate(),
              values.get(i),
              intraState));
    }
    Delivery delivery = orders.delivery(orderId);
    BigDecimal total = sum(lines, InvoiceLine::total);
    Instant now = clock.instant();
    Invoice invoice =
        new Invoice(
            number(now),
            orderId,
            seller.id(),
            buyer.id(),
            IndianStates.placeOfSupply(buyer.region()),
            intraState,
            sum(lines, InvoiceLine::taxableValue),
            sum(lines, InvoiceLine::cgst),
            sum(lines, InvoiceLine::sgst),
            sum(lines, InvoiceLine::igst),
            total,
            now,
            seller.gstin(),
            buyer.gstin(),
            address(seller.name(), seller.address(), seller.pinCode()),
            address(
                buyer.name(),
                delivery == null || delivery.address() == null
                    ? buyer.address()
                    : delivery.address(),
                delivery == null || delivery.pinCode() == null
                    ? buyer.pinCode()
                    : delivery.pinCode()),
            AmountInWords.rupees(total));
    invoices.insertInvoice(invoice, InvoicePdf.render(invoice, lines, seller, buyer));
    lines.forEach(line -> invoices.insertLine(invoice.invoiceNo(), line));
    return Optional.of(invoice);
  }

  /**
   * Each line's tax-inclusive value on the invoice: the order's, or after a part refund the same
   * share of what the buyer finally paid; the last line takes the rounding, so the lines add up to
   * the final value to the paisa.
   */
  static List<BigDecimal> finalValues(List<OrderLine> lines, EscrowHold hold, BigDecimal refund) {
    List<BigDecimal> values = new ArrayList<>(lines.stream().map(OrderLine::lineAmount).toList());
    if (refund.signum() == 0) {
      return values;
    }
    BigDecimal ordered = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal paid = hold.amount().subtract(refund);
    BigDecimal allocated = BigDecimal.ZERO;
    for (int i = 0; i < values.size() - 1; i++) {
      BigDecimal share =
          values.get(i).multiply(paid).divide(ordered, 2, java.math.RoundingMode.HALF_EVEN);
      values.set(i, share);
      allocated = allocated.add(share);
    }
    values.set(values.size() - 1, paid.subtract(allocated));
    return values;
  }

  private static String address(String name, String address, String pinCode) {
    return name
        + (address == null ? "" : ", " + address)
        + (pinCode == null ? "" : " - " + pinCode);
  }

  /** The invoice of an order the actor may see. */
  public Optional<Invoice> invoice(Actor actor, long orderId) {
    orders.details(actor, orderId);
    return Optional.ofNullable(invoices.findInvoiceOfOrder(orderId));
  }

  public List<InvoiceLine> lines(String invoiceNo) {
    return invoices.findLines(invoiceNo);
  }

  /** The PDF of an order's invoice, for an actor who may see the order. */
  public Optional<InvoiceMapper.PdfRow> pdf(Actor actor, long orderId) {
    orders.details(actor, orderId);
    return Optional.ofNullable(invoices.findPdf(orderId));
  }

  /** "MND/2026-27/000042": the financial year runs from April to March. */
  private String number(Instant issuedAt) {
    LocalDate day = issuedAt.atZone(INDIA).toLocalDate();
    int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    return String.format("MND/%d-%02d/%06d", start, (start + 1) % 100, invoices.nextNumber());
  }

  private static BigDecimal sum(
      List<InvoiceLine> lines, java.util.function.Function<InvoiceLine, BigDecimal> part) {
    return lines.stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
