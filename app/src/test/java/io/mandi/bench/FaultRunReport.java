package io.mandi.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a fault run left behind: outcomes, what recovery did, and what must never happen. */
final class FaultRunReport {
  private static final String FINAL = "('COMPLETED', 'CANCELLED', 'REJECTED', 'REFUNDED')";

  private final JdbcTemplate jdbc;

  FaultRunReport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void print() {
    System.out.println();
    System.out.println("orders by status:");
    jdbc.queryForList("select status, count(*) as orders from purchase_order group by 1 order by 1")
        .forEach(row -> System.out.printf("  %s%n", row));
    System.out.println("recovery cases by kind and outcome:");
    jdbc.queryForList(
            "select kind, status, count(*) as cases from recovery_case group by 1, 2 order by 1, 2")
        .forEach(row -> System.out.printf("  %s%n", row));
    System.out.println("remedies applied:");
    jdbc.queryForList(
            "select remedy, outcome, count(*) as decisions from recovery_decision"
                + " group by 1, 2 order by 1, 2")
        .forEach(row -> System.out.printf("  %s%n", row));
    long recovered = count("select count(*) from recovery_case where status = 'RECOVERED'");
    long escalated =
        count("select count(*) from recovery_case where status in ('ESCALATED', 'RESOLVED')");
    long open = count("select count(*) from recovery_case where status = 'OPEN'");
    System.out.printf(
        "automatic recovery rate: %s  (%d recovered, %d handed to operations, %d still open)%n",
        recovered + escalated == 0
            ? "no case"
            : String.format("%.1f %%", 100.0 * recovered / (recovered + escalated)),
        recovered,
        escalated,
        open);
    System.out.printf(
        "orders neither final nor handed to operations: %d%n",
        count(
            "select count(*) from purchase_order o where o.status not in "
                + FINAL
                + " and not exists (select 1 from recovery_case c where c.order_id = o.id"
                + " and c.status = 'ESCALATED')"));

    System.out.println("never twice:");
    System.out.printf(
        "  orders held in escrow more than once: %d%n",
        count(
            "select count(*) from (select order_id from ledger_transaction where kind = 'HOLD'"
                + " group by order_id having count(*) > 1) t"));
    System.out.printf(
        "  escrow holds resolved more than once: %d%n",
        count(
            "select count(*) from (select order_id from ledger_transaction where kind <> 'HOLD'"
                + " group by order_id having count(*) > 1) t"));
    System.out.printf(
        "  gateway orders for one order: more than one for %d orders%n",
        count(
            "select count(*) from (select body::jsonb ->> 'receipt' from sandbox.document"
                + " where platform = 'payment-gateway' and kind = 'order'"
                + " group by 1 having count(*) > 1) t"));
    System.out.printf(
        "  payments captured for one gateway order: more than one for %d%n",
        count(
            "select count(*) from (select body::jsonb ->> 'order_id' from sandbox.document"
                + " where platform = 'payment-gateway' and kind = 'payment'"
                + " group by 1 having count(*) > 1) t"));
    System.out.printf(
        "  courier shipments for one order: more than one for %d orders%n",
        count(
            "select count(*) from (select body::jsonb ->> 'channel_order_id' from sandbox.document"
                + " where platform = 'logistics' and kind = 'shipment'"
                + " group by 1 having count(*) > 1) t"));
    System.out.printf(
        "  ledger transactions whose postings do not sum to zero: %d%n",
        count(
            "select count(*) from (select transaction_id from ledger_posting"
                + " group by transaction_id having sum(amount) <> 0) t"));
    System.out.printf(
        "money left held on finished or cancelled orders: %d orders, ₹%s%n",
        count(
            "select count(*) from escrow_hold h join purchase_order o on o.id = h.order_id"
                + " where h.status = 'HELD' and o.status in "
                + FINAL),
        jdbc.queryForObject(
            "select coalesce(sum(h.amount), 0) from escrow_hold h"
                + " join purchase_order o on o.id = h.order_id"
                + " where h.status = 'HELD' and o.status in "
                + FINAL,
            java.math.BigDecimal.class));
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
