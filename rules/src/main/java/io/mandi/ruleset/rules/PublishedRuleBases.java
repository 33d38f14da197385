package io.mandi.ruleset.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.ruleset.RuleProblem;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetSummary;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published version of every rule set, compiled. A new version is compiled completely before it
 * replaces the old one in a single map write, so no request sees a half-built rule base. The
 * version published here is swapped in right after its publication commits; versions published by
 * another instance are picked up by a check every few seconds.
 *
 * <p>If a published version no longer compiles against this release's code, the shipped rules are
 * used instead and the problem is shown to admins on the rule set's page.
 */
@Component
@Primary
public class PublishedRuleBases implements RuleBaseSource {
  private static final Logger log = LoggerFactory.getLogger(PublishedRuleBases.class);

  /** A compiled version and which published version it stands for. */
  private record Active(int version, CompiledRules rules) {}

  private final ObjectProvider<RuleSets> ruleSets;
  private final Map<RuleSetName, Active> active = new ConcurrentHashMap<>();
  private final Map<RuleSetName, String> problems = new ConcurrentHashMap<>();

  PublishedRuleBases(ObjectProvider<RuleSets> ruleSets) {
    this.ruleSets = ruleSets;
  }

  @Override
  public CompiledRules current(RuleSetName set) {
    Active rules = active.get(set);
    return (rules != null ? rules : load(set)).rules();
  }

  /** Why the published version of a set is not the one in use, if it is not. */
  public Optional<String> problem(RuleSetName set) {
    return Optional.ofNullable(problems.get(set));
  }

  /** Compiles the published version and swaps it in. */
  public void activate(RuleSetName set) {
    load(set);
  }

  /**
   * Loads every set when the application is ready: the first request does not wait for a compile,
   * the admins' page lists every set's version 1, and a version that no longer compiles is found at
   * start.
   */
  @EventListener(ApplicationReadyEvent.class)
  void loadAll() {
    for (RuleSetName set : RuleSetName.values()) {
      current(set);
    }
  }

  /** Picks up versions published by another instance. */
  @Scheduled(fixedDelayString = "${mandi.rules.refresh-every:PT5S}")
  void refresh() {
    for (RuleSetSummary set : ruleSets.getObject().sets()) { // one query for every set
      RuleSetName.ofKey(set.name())
          .filter(name -> active.containsKey(name) && set.publishedVersion() != null)
          .filter(name -> set.publishedVersion() != active.get(name).version())
          .ifPresent(this::load);
    }
  }

  private synchronized Active load(RuleSetName set) {
    RuleSetVersion published =
        ruleSets.getObject().publishedOrSeed(set, ShippedRules.text(set), shippedForm(set));
    Active loaded = active.get(set);
    if (loaded != null && loaded.version() == published.version()) {
      return loaded;
    }
    RuleBaseCompiler.Compiled compiled =
        RuleBaseCompiler.compile(ShippedRules.path(set), published.format(), published.drl());
    Active next;
    if (compiled.ok()) {
      next = new Active(published.version(), new CompiledRules(published.label(), compiled.base()));
      problems.remove(set);
      log.info("Rule set {} now runs {}", set.key(), published.label());
    } else {
      String why =
          published.label()
              + " does not compile with this release ("
              + compiled.problems().stream()
                  .map(RuleProblem::toString)
                  .collect(Collectors.joining("; "))
              + "); the shipped rules are in use";
      log.error("Rule set {}: {}", set.key(), why);
      problems.put(set, why);
      next = new Active(published.version(), ShippedRules.source().current(set));
    }
    active.put(set, next); // the one write that swaps versions
    return next;
  }

  private static String shippedForm(RuleSetName set) {
    return set == RuleSetName.PRICING ? PricingFactsJson.write(PricingRuleForm.defaults()) : null;
  }
}
