package io.mandi.order.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import io.mandi.account.Actor;
import io.mandi.order.Order;
import io.mandi.order.OrderFilter;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderSearch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The orders of a list, as filtered, in a CSV file that spreadsheets open as they are: read a page
 * at a time from the database and written as it is read, so a large export holds little memory.
 */
final class OrdersCsv {
  /** More than this is not a list to read but a report to ask for. */
  static final int MAX_ROWS = 100_000;

  private OrdersCsv() {}

  static DownloadHandler download(
      OrderQueryService orders, Actor actor, Supplier<List<OrderFilter>> filters) {
    return event -> {
      // the filters are the page's state: read them under the session's lock
      List<List<OrderFilter>> current = new java.util.ArrayList<>();
      event.getSession().accessSynchronously(() -> current.add(filters.get()));
      event.setFileName("mandi-orders.csv");
      event.setContentType("text/csv; charset=utf-8");
      Writer out = writer(event.getOutputStream());
      write(orders, actor, current.getFirst(), out);
    };
  }

  static void write(OrderQueryService orders, Actor actor, List<OrderFilter> filters, Writer out)
      throws IOException {
    out.write("order,status,total_inr,buyer,seller,placed_at,updated_at\r\n");
    int written = 0;
    for (int offset = 0; written < MAX_ROWS; offset += OrderSearch.MAX_PAGE) {
      List<Order> page =
          orders.search(actor, OrderSearch.newest(filters, offset, OrderSearch.MAX_PAGE));
      for (Order order : page) {
        out.write(
            String.join(
                    ",",
                    String.valueOf(order.id()),
                    order.status().name(),
                    order.totalAmount().toPlainString(),
                    cell(order.buyerName()),
                    cell(order.sellerName()),
                    String.valueOf(order.placedAt()),
                    String.valueOf(order.updatedAt()))
                + "\r\n");
        if (++written == MAX_ROWS) {
          break;
        }
      }
      if (page.size() < OrderSearch.MAX_PAGE) {
        break;
      }
    }
    out.flush();
  }

  /**
   * A text cell, quoted; a leading =, +, - or @ is made plain text, so a name cannot run as a
   * spreadsheet formula on the reader's machine.
   */
  static String cell(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  static Writer writer(java.io.OutputStream stream) {
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }
}
