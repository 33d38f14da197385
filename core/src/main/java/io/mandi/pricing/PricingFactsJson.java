package io.mandi.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Pricing facts and form settings as JSON: how a line's inputs are kept with it (for its
 * explanation and for shadow runs) and how scenarios and form settings are stored.
 */
public final class PricingFactsJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private PricingFactsJson() {}

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value, e);
    }
  }

  /** The facts, or empty when the text is not a complete set of pricing facts. */
  public static Optional<PricingFacts> facts(String json) {
    return read(json, PricingFacts.class)
        .filter(f -> f.buyerKind() != null && f.listPrice() != null && f.quantity() > 0);
  }

  public static Optional<PricingRuleForm> form(String json) {
    return read(json, PricingRuleForm.class);
  }

  private static <T> Optional<T> read(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readValue(json, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
