package io.mandi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.CoreTestApplication;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random sequences of escrow movements, with replayed idempotency keys, duplicates and events in
 * the wrong order, against the real ledger on PostgreSQL. Whatever happens: every transaction
 * balances, no protected account goes negative, each hold resolves at most once, a replayed key
 * never writes twice, and the ledger agrees with a simple model of what should have happened.
 */
class LedgerPropertyTest {
  static final BigDecimal COMMISSION = new BigDecimal("0.05");
  static final AtomicLong ORDER_BASE = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
  static ConfigurableApplicationContext context;
  static LedgerService ledger;
  static LedgerMapper mapper;

  enum Kind {
    HOLD,
    RELEASE,
    REFUND,
    SPLIT,
    REVERSE
  }

  /** One step; orderSlot picks one of four orders, keySlot picks (and so may reuse) a key. */
  record Step(Kind kind, int orderSlot, int keySlot, BigDecimal amount, BigDecimal refundShare) {}

  @BeforeContainer
  static void startCore() {
    context = SpringApplication.run(CoreTestApplication.class, "--spring.main.banner-mode=off");
    ledger = context.getBean(LedgerService.class);
    mapper = context.getBean(LedgerMapper.class);
  }

  @AfterContainer
  static void stopCore() {
    context.close();
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 7),
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("0.01"), new BigDecimal("100000.00"))
                    .ofScale(2),
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("0.01"), new BigDecimal("0.99"))
                    .ofScale(2))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 60)
  void theLedgerInvariantsHoldWhateverHappens(@ForAll("steps") List<Step> steps) {
    long base = ORDER_BASE.addAndGet(10);
    Map<Long, BigDecimal> modelHeld = new HashMap<>();
    Map<Long, EscrowStatus> modelStatus = new HashMap<>();
    Map<String, Long> firstTransactionOfKey = new HashMap<>();
    List<String> keysUsed = new ArrayList<>();

    for (Step step : steps) {
      long order = base + step.orderSlot();
      // Keys are per kind and order; a small key space makes replays and conflicts frequent.
      String key = base + "-" + step.kind() + "-" + order + "-" + step.keySlot() % 2;
      boolean replay = firstTransactionOfKey.containsKey(key);
      EscrowStatus before = modelStatus.get(order);
      try {
        LedgerTransaction result = apply(step, order, key);
        if (replay) {
          assertThat(result.id()).as("replay of %s", key).isEqualTo(firstTransactionOfKey.get(key));
          continue;
        }
        firstTransactionOfKey.put(key, result.id());
        keysUsed.add(key);
        if (step.kind() == Kind.HOLD) {
          assertThat(before).as("hold of order %d accepted twice", order).isNull();
          modelHeld.put(order, step.amount());
          modelStatus.put(order, EscrowStatus.HELD);
        } else {
          assertThat(before)
              .as("%s of order %d accepted while %s", step.kind(), order, before)
              .isEqualTo(EscrowStatus.HELD);
          modelStatus.put(order, resolution(step.kind()));
        }
      } catch (LedgerRuleException refused) {
        assertThat(replay).as("a replay must not be refused: %s", refused.getMessage()).isFalse();
        boolean shouldRefuse =
            step.kind() == Kind.HOLD
                ? before != null
                : before != EscrowStatus.HELD || isFullSplit(step, order, modelHeld);
        assertThat(shouldRefuse)
            .as("%s of order %d refused: %s", step.kind(), order, refused.getMessage())
            .isTrue();
      }
    }

    assertThat(mapper.unbalancedTransactions()).isEmpty();
    assertThat(mapper.negativeAccounts()).isEmpty();
    for (long slot = 0; slot < 4; slot++) {
      long order = base + slot;
      EscrowHold hold = mapper.findHold(order);
      EscrowStatus expected = modelStatus.get(order);
      assertThat(hold == null ? null : hold.status()).isEqualTo(expected);
      BigDecimal escrow = ledger.balance(LedgerAccounts.escrow(order));
      if (expected == EscrowStatus.HELD) {
        assertThat(escrow).isEqualByComparingTo(modelHeld.get(order));
      } else {
        assertThat(escrow).isEqualByComparingTo(BigDecimal.ZERO);
      }
      long resolutions =
          ledger.transactionsOf(order).stream()
              .filter(t -> t.kind() != TransactionKind.HOLD)
              .count();
      assertThat(resolutions).isLessThanOrEqualTo(1);
    }
    assertThat(keysUsed).doesNotHaveDuplicates();
  }

  private static boolean isFullSplit(Step step, long order, Map<Long, BigDecimal> held) {
    return step.kind() == Kind.SPLIT && refundPart(step, held.get(order)).signum() <= 0;
  }

  private static BigDecimal refundPart(Step step, BigDecimal held) {
    return held == null
        ? BigDecimal.ZERO
        : held.multiply(step.refundShare()).setScale(2, java.math.RoundingMode.DOWN);
  }

  private LedgerTransaction apply(Step step, long order, String key) {
    long seller = order % 7;
    long buyer = order % 5;
    return switch (step.kind()) {
      case HOLD -> ledger.hold(order, step.amount(), key);
      case RELEASE -> ledger.release(order, seller, COMMISSION, key);
      case REFUND -> ledger.refund(order, buyer, key);
      case SPLIT -> {
        EscrowHold hold = mapper.findHold(order);
        BigDecimal part = refundPart(step, hold == null ? null : hold.amount());
        yield ledger.split(
            order,
            buyer,
            seller,
            part.signum() > 0 ? part : new BigDecimal("0.01"),
            COMMISSION,
            key);
      }
      case REVERSE -> ledger.reverse(order, key);
    };
  }

  private static EscrowStatus resolution(Kind kind) {
    return switch (kind) {
      case RELEASE -> EscrowStatus.RELEASED;
      case REFUND -> EscrowStatus.REFUNDED;
      case SPLIT -> EscrowStatus.SPLIT;
      case REVERSE -> EscrowStatus.REVERSED;
      case HOLD -> throw new IllegalArgumentException("not a resolution");
    };
  }
}
