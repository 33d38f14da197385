package io.mandi.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.settings.MandiSettings;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The real requests each rule set decided, with their facts, so that a draft can be shadow-run on
 * them. Pricing keeps its facts on the order line instead. Only the newest {@code
 * mandi.rules.shadow-requests} of each set are kept.
 */
@Service
public class RuleRequests {
  private static final Logger log = LoggerFactory.getLogger(RuleRequests.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuleRequestMapper mapper;
  private final Clock clock;
  private final int keep;

  RuleRequests(RuleRequestMapper mapper, Clock clock, MandiSettings settings) {
    this.mapper = mapper;
    this.clock = clock;
    this.keep = settings.rules().shadowRequests();
  }

  /**
   * Keeps a decided request's facts (in the caller's transaction: a decision rolled back is
   * forgotten with it). The facts are written in the shape the set's scenarios take.
   */
  public void record(RuleSetName set, String request, Object facts) {
    String json;
    try {
      json = JSON.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      // The decision stands; only its shadow-run copy is missing, which is worth a warning.
      log.warn("Facts of {} for {} could not be kept for shadow runs", request, set.key(), e);
      return;
    }
    mapper.insert(set.key(), request, json, clock.instant());
  }

  /** The newest requests of a set, newest first. */
  public List<RuleRequest> last(RuleSetName set, int limit) {
    return mapper.findLast(set.key(), Math.max(1, Math.min(limit, keep)));
  }

  /** Forgets the requests no shadow run will read any more. */
  @Scheduled(fixedDelayString = "${mandi.rules.forget-requests-every:PT10M}")
  public void forgetOld() {
    for (RuleSetName set : RuleSetName.values()) {
      mapper.deleteOlder(set.key(), keep);
    }
  }
}
