package io.mandi.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database the way a busy marketplace would: products with an offer each, orders in mixed
 * states spread over a year (most of them finished), and open tasks for operations and the sellers.
 * Set-based SQL, so 100,000 orders take seconds. Rows are marked as generated (placed_by,
 * engine_run) and never reach the engine.
 */
final class ConsoleData {
  static final String GENERATOR = "generator";

  private final JdbcTemplate jdbc;

  ConsoleData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds products (one offer each, from the sellers in turn) until there are {@code count}. */
  void products(int count) {
    int missing = count - jdbc.queryForObject("select count(*) from product", Integer.class);
    if (missing <= 0) {
      return;
    }
    jdbc.update(
        """
        insert into product (sku, name, category_id, unit, hsn_code, gst_rate)
        select 'GEN-' || g, (array['Organic', 'Premium', 'Village', 'Stone-ground', 'Handmade'])
                 [1 + g % 5] || ' ' || (array['Rice', 'Dal', 'Spice Mix', 'Towel', 'Soap', 'Jar'])
                 [1 + g % 6] || ' ' || g,
               (select id from category order by id limit 1 offset (g % 5)), 'kg', '1006', 5
        from generate_series((select count(*) from product) + 1,
                             (select count(*) from product) + ?) g
        """,
        missing);
    jdbc.update(
        """
        insert into offer (seller_id, product_id, min_order_qty, stock, lead_time_days,
                           dispatch_region)
        select (select id from seller order by id limit 1 offset (p.id % 3)), p.id, 1, 1000, 3, 'IN'
        from product p where p.sku like 'GEN-%' and not exists
          (select 1 from offer o where o.product_id = p.id)
        """);
    jdbc.update(
        """
        insert into offer_price_break (offer_id, min_qty, unit_price)
        select o.id, 1, 50 + o.id % 900 from offer o join product p on p.id = o.product_id
        where p.sku like 'GEN-%' and not exists
          (select 1 from offer_price_break b where b.offer_id = o.id)
        """);
  }

  /** Adds orders (one line each) in mixed states until there are {@code count}. */
  void orders(int count) {
    int missing = count - jdbc.queryForObject("select count(*) from purchase_order", Integer.class);
    if (missing <= 0) {
      return;
    }
    jdbc.update(
        """
        with offers as (select array_agg(id order by id) ids from offer),
        picked as (
          select g, o.id offer_id, o.seller_id, o.product_id,
                 (select id from buyer order by id limit 1 offset (g % (select count(*) from buyer))) buyer_id,
                 now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute' placed_at,
                 (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED',
                        'CANCELLED','CONFIRMED','SHIPPED','DELIVERED','AWAITING_ACCEPTANCE',
                        'DISPUTED','PLACED','AWAITING_CREDIT_APPROVAL','REJECTED','CONFIRMED',
                        'COMPLETED','COMPLETED','CANCELLED','SHIPPED'])[1 + g % 20] status,
                 1 + (g * 7919) % 200 quantity
          from generate_series(1, ?) g
          cross join offers
          join offer o on o.id = offers.ids[1 + (g * 31) % array_length(offers.ids, 1)]
        ),
        inserted as (
          insert into purchase_order (request_id, buyer_id, seller_id, requested_seller_id, status,
                                      total_amount, placed_by, placed_at, updated_at, engine_run)
          select gen_random_uuid(), buyer_id, seller_id, seller_id, status, quantity * 75.50,
                 'generator', placed_at, placed_at + (g % 72) * interval '1 hour', 'generator'
          from picked
          returning id, seller_id, total_amount
        )
        insert into order_line (order_id, line_no, offer_id, product_id, quantity, unit_price,
                                line_amount)
        select i.id, 1, o.id, o.product_id, (i.total_amount / 75.50)::int, 75.50, i.total_amount
        from inserted i
        join lateral (select id, product_id from offer where seller_id = i.seller_id
                      order by id limit 1) o on true
        """,
        missing);
  }

  /** Adds open tasks on generated orders, half for operations, half for the orders' sellers. */
  void openTasks(int count) {
    int missing =
        count
            - jdbc.queryForObject(
                "select count(*) from human_task where status = 'OPEN'", Integer.class);
    if (missing <= 0) {
      return;
    }
    jdbc.update(
        """
        insert into human_task (element_instance_key, job_key, process_instance_key,
                                bpmn_process_id, kind, candidate_group, due_at, order_id, status,
                                created_at, engine_run)
        select -o.id, -o.id, -o.id, 'order-lifecycle',
               case when o.id % 2 = 0 then 'CREDIT_APPROVAL' else 'SELLER_ACCEPTANCE' end,
               case when o.id % 2 = 0 then 'ops' else 'seller-' || o.seller_id end,
               o.placed_at + interval '1 day', o.id, 'OPEN', o.placed_at, 'generator'
        from purchase_order o
        where o.placed_by = 'generator' and not exists
          (select 1 from human_task t where t.order_id = o.id)
        order by o.id limit ?
        """,
        missing);
  }

  void analyze() {
    jdbc.execute("analyze");
  }
}
