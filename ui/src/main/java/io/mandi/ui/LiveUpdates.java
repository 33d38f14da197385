package io.mandi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.mandi.live.OrderChanged;
import io.mandi.live.RfqChanged;
import io.mandi.live.TasksChanged;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes committed changes to the open pages that show them (Vaadin Push): an order page redraws
 * when its order changes, lists and inboxes refresh, the inbox badge counts again. Only changes
 * that committed are pushed. A burst of changes becomes one refresh per page: each subscription
 * waits its {@code delay} after the first change and then refreshes once, so a busy day does not
 * turn into a query per change per open list.
 *
 * <p>Changes are seen by the pages of this application node; see the README for more nodes.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "live-updates");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Calls {@code refresh} inside the page's UI lock after orders it cares about changed, until the
   * component is detached (the page closed or left).
   *
   * @param orders which orders the page shows; tasks of those orders count as changes too
   * @param tasks whether any task change concerns the page (inboxes, the badge)
   */
  public Registration subscribe(
      Component page, Duration delay, LongPredicate orders, boolean tasks, Runnable refresh) {
    UI ui = page.getUI().orElseThrow(() -> new IllegalStateException("Subscribe once attached"));
    Subscription subscription = new Subscription(ui, delay, orders, tasks, refresh);
    subscriptions.add(subscription);
    Registration detach = page.addDetachListener(event -> subscriptions.remove(subscription));
    return () -> {
      subscriptions.remove(subscription);
      detach.remove();
    };
  }

  /** Calls {@code refresh} inside the page's UI lock after the request for quotation changed. */
  public Registration subscribeToRfq(Component page, long rfqId, Runnable refresh) {
    UI ui = page.getUI().orElseThrow(() -> new IllegalStateException("Subscribe once attached"));
    Subscription subscription =
        new Subscription(ui, Duration.ofMillis(200), order -> false, false, refresh);
    subscription.rfqId = rfqId;
    subscriptions.add(subscription);
    Registration detach = page.addDetachListener(event -> subscriptions.remove(subscription));
    return () -> {
      subscriptions.remove(subscription);
      detach.remove();
    };
  }

  @TransactionalEventListener(fallbackExecution = true)
  void rfqChanged(RfqChanged change) {
    subscriptions.stream()
        .filter(s -> s.rfqId != null && s.rfqId == change.rfqId())
        .forEach(Subscription::changed);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void orderChanged(OrderChanged change) {
    subscriptions.stream()
        .filter(s -> s.orders.test(change.orderId()))
        .forEach(Subscription::changed);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void tasksChanged(TasksChanged change) {
    subscriptions.stream()
        .filter(s -> s.tasks || change.orderId() != null && s.orders.test(change.orderId()))
        .forEach(Subscription::changed);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private final class Subscription {
    private final UI ui;
    private final Duration delay;
    private final LongPredicate orders;
    private final boolean tasks;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** The request for quotation the page shows, if it shows one. */
    private volatile Long rfqId;

    Subscription(UI ui, Duration delay, LongPredicate orders, boolean tasks, Runnable refresh) {
      this.ui = ui;
      this.delay = delay;
      this.orders = orders;
      this.tasks = tasks;
      this.refresh = refresh;
    }

    void changed() {
      if (pending.compareAndSet(false, true)) {
        timer.schedule(this::push, delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    private void push() {
      pending.set(false);
      // access() queues the refresh under the page's session lock and pushes the result; a page
      // closed in the meantime is simply forgotten
      try {
        ui.access(refresh::run);
      } catch (UIDetachedException closed) {
        subscriptions.remove(this);
      }
    }
  }
}
