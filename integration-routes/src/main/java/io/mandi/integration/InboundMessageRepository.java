package io.mandi.integration;

import io.mandi.inbound.InboundMessages;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel's idempotent-consumer store for one platform's webhooks, kept in PostgreSQL's inbound
 * message table. Used non-eagerly: a message is recorded only once its route handled it.
 */
public class InboundMessageRepository extends ServiceSupport implements IdempotentRepository {
  private final String source;
  private final InboundMessages messages;

  public InboundMessageRepository(String source, InboundMessages messages) {
    this.source = source;
    this.messages = messages;
  }

  @Override
  public boolean add(String key) {
    return messages.recordHandled(source, key);
  }

  @Override
  public boolean contains(String key) {
    return messages.handled(source, key);
  }

  @Override
  public boolean remove(String key) {
    return messages.forget(source, key);
  }

  @Override
  public boolean confirm(String key) {
    return true;
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("The inbound message log is never cleared wholesale");
  }
}
