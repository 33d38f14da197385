package io.mandi.outbox;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** What operations see of the outbox: entries that keep failing, and a way to send them again. */
@Service
public class OutboxMonitor {
  private final OutboxMapper entries;
  private final OutboxRelay relay;
  private final Clock clock;

  OutboxMonitor(OutboxMapper entries, OutboxRelay relay, Clock clock) {
    this.entries = entries;
    this.relay = relay;
    this.clock = clock;
  }

  public int pendingCount() {
    return entries.countPending();
  }

  public int troubledCount() {
    return entries.countTroubled();
  }

  /** Entries tried without success, or refused for good: newest first. */
  public List<OutboxEntry> troubled(int limit) {
    return entries.findTroubled(Math.max(1, Math.min(limit, 500)));
  }

  /**
   * Sends an entry again now, also one the destination refused before.
   *
   * @return true if it was delivered
   * @throws DeliveryRejectedException when the destination refuses it again
   */
  public boolean replay(Actor actor, long id) {
    if (actor.role() != Role.OPS && actor.role() != Role.ADMIN) {
      throw new io.mandi.account.NotAllowedException(
          actor.username() + " may not replay outbox entries");
    }
    if (entries.reopen(id, clock.instant()) == 0) {
      throw new IllegalArgumentException("Outbox entry " + id + " is sent or does not exist");
    }
    return relay.deliver(id);
  }
}
