package io.mandi.durations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.order.OrderNotFoundException;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * An order's durations: decided by the published durations rules the first time the order needs one
 * (its first check, right after it is placed), then kept with the order, so that publishing new
 * durations never moves the deadlines of an order already running.
 */
@Service
public class OrderDurationService {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> TEXT_BY_KEY = new TypeReference<>() {};

  private final OrderDurationMapper mapper;
  private final DurationPolicy policy;
  private final RuleRequests requests;
  private final Clock clock;

  OrderDurationService(
      OrderDurationMapper mapper, DurationPolicy policy, RuleRequests requests, Clock clock) {
    this.mapper = mapper;
    this.policy = policy;
    this.requests = requests;
    this.clock = clock;
  }

  /** The order's durations, deciding and keeping them if this is the first time they are asked. */
  public OrderDurations of(long orderId) {
    OrderDurationMapper.Stored stored = mapper.find(orderId);
    if (stored != null) {
      return read(stored);
    }
    DurationFacts facts = mapper.facts(orderId);
    if (facts == null) {
      throw new OrderNotFoundException(orderId);
    }
    OrderDurations decided = policy.decide(facts);
    if (mapper.insert(
            orderId,
            decided.rulesVersion(),
            write(decided.durations(), OrderDurations::iso),
            write(decided.decidedBy(), text -> text),
            clock.instant())
        == 1) {
      requests.record(RuleSetName.DURATIONS, "Order #" + orderId, facts);
    }
    // Another instance may have decided first: everyone uses the one that was kept.
    return read(mapper.find(orderId));
  }

  /** The order's durations if they have been decided (shown on its page), without deciding them. */
  public Optional<OrderDurations> kept(long orderId) {
    return Optional.ofNullable(mapper.find(orderId)).map(OrderDurationService::read);
  }

  private static <V> String write(Map<Deadline, V> values, Function<V, String> text) {
    Map<String, String> byKey = new LinkedHashMap<>();
    values.forEach((deadline, value) -> byKey.put(deadline.key(), text.apply(value)));
    try {
      return JSON.writeValueAsString(byKey);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Durations could not be written", e);
    }
  }

  private static OrderDurations read(OrderDurationMapper.Stored stored) {
    Map<Deadline, Duration> durations = new EnumMap<>(Deadline.class);
    parse(stored.durations())
        .forEach((deadline, text) -> durations.put(deadline, Duration.parse(text)));
    return new OrderDurations(durations, parse(stored.decidedBy()), stored.rulesVersion());
  }

  private static Map<Deadline, String> parse(String json) {
    Map<Deadline, String> byDeadline = new EnumMap<>(Deadline.class);
    try {
      JSON.readValue(json, TEXT_BY_KEY)
          .forEach((key, value) -> Deadline.ofKey(key).ifPresent(d -> byDeadline.put(d, value)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored durations are not readable: " + json, e);
    }
    return byDeadline;
  }
}
