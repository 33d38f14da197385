package io.mandi.bench;

import io.mandi.account.Actor;
import io.mandi.account.BuyerKind;
import io.mandi.account.Role;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.pricing.PricingPolicy;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.pricing.rules.PlainJavaPricing;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prices N order lines (default 1,000,000) with the published pricing rule set (Drools, through the
 * application's pricing policy, 100 lines per request like the largest checkout) and with the same
 * policy in plain Java; checks that every price and every explanation step is identical, and prints
 * lines/s for both and the ratio. Then publishes versions while four threads price, and checks that
 * every request was priced wholly by one version, as that version prices.
 */
public final class PricingBenchmark {
  static final int BATCH = 100;
  static final int ROUNDS = 3;
  static final int LOAD_THREADS = 4;

  public static void main(String[] args) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    try (ConfigurableApplicationContext app = BenchSupport.startEmbeddedApp()) {
      PricingPolicy rules = app.getBean(PricingPolicy.class);
      RuleSets ruleSets = app.getBean(RuleSets.class);
      rules.price(PricingFacts.of(BuyerKind.RETAILER, 1, BigDecimal.TEN, null)); // seeds v1
      RuleSetVersion published = ruleSets.published(RuleSetName.PRICING).orElseThrow();
      PlainJavaPricing plain =
          new PlainJavaPricing(
              PricingFactsJson.form(published.form()).orElseThrow(), published.label());
      List<PricingFacts> facts = lines(new Random(42), lines);

      long mismatches = compare(facts, rules, plain);
      for (int warm = 0; warm < 2; warm++) {
        time(facts.subList(0, Math.min(facts.size(), 200_000)), rules::priceAll);
        time(facts.subList(0, Math.min(facts.size(), 200_000)), plain::priceAll);
      }
      double rulesBest = 0;
      double plainBest = 0;
      for (int round = 0; round < ROUNDS; round++) {
        rulesBest = Math.max(rulesBest, facts.size() / time(facts, rules::priceAll));
        plainBest = Math.max(plainBest, facts.size() / time(facts, plain::priceAll));
      }
      System.out.println();
      System.out.printf(
          "published rules (%s, Drools, %d lines a request): %,d lines in best of %d = %,.0f lines/s%n",
          published.label(), BATCH, facts.size(), ROUNDS, rulesBest);
      System.out.printf(
          "plain Java, same policy:                              %,d lines in best of %d = %,.0f lines/s%n",
          facts.size(), ROUNDS, plainBest);
      System.out.printf(
          "ratio rules / plain Java: %.3f  (goal 0.33 or better)%n", rulesBest / plainBest);
      System.out.printf(
          "identical results: %s (%,d of %,d lines differ in price or steps)%n",
          mismatches == 0 ? "yes" : "NO", mismatches, facts.size());
      publishUnderLoad(ruleSets, rules, facts.subList(0, BATCH * 20));
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  interface Pricer {
    List<PricedLine> priceAll(List<PricingFacts> lines);
  }

  /** Seconds to price every line, a request of BATCH lines at a time. */
  static double time(List<PricingFacts> facts, Pricer pricer) {
    long start = System.nanoTime();
    long sink = 0;
    for (int i = 0; i < facts.size(); i += BATCH) {
      sink += pricer.priceAll(facts.subList(i, Math.min(facts.size(), i + BATCH))).size();
    }
    if (sink != facts.size()) {
      throw new IllegalStateException("priced " + sink + " of " + facts.size());
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static long compare(List<PricingFacts> facts, PricingPolicy rules, PlainJavaPricing plain) {
    long differ = 0;
    for (int i = 0; i < facts.size(); i += BATCH) {
      List<PricingFacts> batch = facts.subList(i, Math.min(facts.size(), i + BATCH));
      List<PricedLine> byRules = rules.priceAll(batch);
      List<PricedLine> byJava = plain.priceAll(batch);
      for (int j = 0; j < batch.size(); j++) {
        if (!byRules.get(j).equals(byJava.get(j))) {
          differ++;
        }
      }
    }
    return differ;
  }

  /**
   * Four threads price requests while an admin publishes four versions (distributor discount 4 to 7
   * %) and rolls back to the first: no request may fail, mix versions, or differ from what its
   * version gives in plain Java.
   */
  static void publishUnderLoad(RuleSets ruleSets, PricingPolicy rules, List<PricingFacts> facts)
      throws Exception {
    Actor admin = new Actor("admin1", Role.ADMIN, null, null);
    Map<String, PlainJavaPricing> byVersion = new ConcurrentHashMap<>();
    RuleSetVersion first = ruleSets.published(RuleSetName.PRICING).orElseThrow();
    byVersion.put(
        first.label(),
        new PlainJavaPricing(PricingFactsJson.form(first.form()).orElseThrow(), first.label()));
    ruleSets.scenarios(RuleSetName.PRICING).stream()
        .filter(s -> s.name().startsWith("Distributors"))
        .forEach(s -> ruleSets.deleteScenario(admin, RuleSetName.PRICING, s.name()));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong requests = new AtomicLong();
    Set<String> problems = ConcurrentHashMap.newKeySet();
    Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < LOAD_THREADS; t++) {
      int offset = t;
      done.add(
          threads.submit(
              () -> {
                int i = offset * BATCH;
                while (running.get()) {
                  List<PricingFacts> batch = facts.subList(i, i + BATCH);
                  List<PricedLine> priced = rules.priceAll(batch);
                  String version = priced.getFirst().ruleSetVersion();
                  seen.computeIfAbsent(version, v -> new AtomicLong()).incrementAndGet();
                  PlainJavaPricing expected = byVersion.get(version);
                  for (int j = 0; j < batch.size(); j++) {
                    if (!priced.get(j).ruleSetVersion().equals(version)) {
                      problems.add(
                          "a request mixed " + version + " and " + priced.get(j).ruleSetVersion());
                    } else if (expected == null) {
                      problems.add(version + " in use before its publication returned");
                    } else if (!priced.get(j).equals(expected.price(batch.get(j)))) {
                      problems.add(version + " priced a line unlike its own policy");
                    }
                  }
                  requests.incrementAndGet();
                  i = (i + LOAD_THREADS * BATCH) % (facts.size() - BATCH);
                }
                return null;
              }));
    }
    long start = System.nanoTime();
    int publications = 0;
    for (int discount = 4; discount <= 7; discount++) {
      RuleSetVersion draft = ruleSets.newDraft(admin, RuleSetName.PRICING, first.version());
      PricingRuleForm form =
          PricingRuleForm.defaults().withDistributorPercent(BigDecimal.valueOf(discount));
      ruleSets.saveDraft(
          admin,
          RuleSetName.PRICING,
          draft.version(),
          form.toDrl(),
          PricingFactsJson.write(form),
          null);
      byVersion.put(draft.label(), new PlainJavaPricing(form, draft.label()));
      if (ruleSets.publish(admin, RuleSetName.PRICING, draft.version()).published()) {
        publications++;
      }
    }
    ruleSets.rollback(admin, RuleSetName.PRICING, first.version());
    publications++;
    long afterRollback = requests.get() + LOAD_THREADS * 10L;
    while (requests.get() < afterRollback) {
      Thread.onSpinWait(); // let every thread price with the rolled-back version too
    }
    running.set(false);
    for (Future<?> thread : done) {
      thread.get(60, TimeUnit.SECONDS); // a request that threw fails the benchmark here
    }
    threads.shutdown();
    System.out.printf(
        "publish under load: %d publications in %.1f s while %d threads priced %,d requests of %d"
            + " lines; versions seen %s; errors 0; problems %d%s%n",
        publications,
        (System.nanoTime() - start) / 1e9,
        LOAD_THREADS,
        requests.get(),
        BATCH,
        new java.util.TreeMap<>(seen),
        problems.size(),
        problems.isEmpty() ? " (every request from exactly one version)" : " " + problems);
  }

  /**
   * Lines across every rule: buyer kinds, quantities, floors, costs, stock, ages, rivals, months.
   */
  static List<PricingFacts> lines(Random random, int count) {
    BuyerKind[] kinds = BuyerKind.values();
    List<PricingFacts> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigDecimal list = BigDecimal.valueOf(500 + random.nextInt(500_000), 2);
      lines.add(
          new PricingFacts(
              kinds[random.nextInt(kinds.length)],
              1 + random.nextInt(200),
              list,
              random.nextBoolean() ? scaled(list, "0.85") : null,
              random.nextInt(3) == 0 ? scaled(list, "0.70") : null,
              random.nextInt(10) == 0 ? null : random.nextInt(8000),
              random.nextBoolean() ? random.nextInt(400) : null,
              random.nextInt(4) == 0 ? scaled(list, "0.93") : null,
              1 + random.nextInt(12)));
    }
    return lines;
  }

  private static BigDecimal scaled(BigDecimal amount, String factor) {
    return amount.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_EVEN);
  }
}
