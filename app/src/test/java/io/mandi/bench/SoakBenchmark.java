package io.mandi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs full orders (the order-lifecycle benchmark's script) through the embedded application in
 * rounds of 1,000 and prints, after each round, the heap in use after a full GC and the round's
 * throughput; at the end, the heap's growth per 1,000 orders (least squares over the rounds after
 * the first) and the last round's throughput relative to the first. Goals: flat heap, last round
 * within 80 % of the first.
 */
public final class SoakBenchmark {
  static final int ROUND = 1000;

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = Math.max(1, total / ROUND);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    double[] heapMb = new double[rounds];
    double[] rates = new double[rounds];
    try (ConfigurableApplicationContext app = BenchSupport.startEmbeddedApp()) {
      OrderLifecycleBenchmark orders = new OrderLifecycleBenchmark(app);
      System.out.printf(
          "soak: %d orders in rounds of %d, max heap %d MB%n",
          rounds * ROUND, ROUND, Runtime.getRuntime().maxMemory() / (1024 * 1024));
      for (int round = 0; round < rounds; round++) {
        OrderLifecycleBenchmark.Result result = orders.run(ROUND);
        System.gc();
        heapMb[round] = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        rates[round] = result.rate().perSecond();
        System.out.printf(
            "after %6d orders: heap after GC %7.1f MB, %6.2f orders/s, p95 %d ms%n",
            (round + 1) * ROUND, heapMb[round], rates[round], result.p95Millis());
      }
    }
    System.out.printf(
        "heap growth per 1,000 orders (rounds 2-%d): %.2f MB%n", rounds, slope(heapMb, 1));
    System.out.printf(
        "last round / first round throughput: %.2f (goal >= 0.80)%n", rates[rounds - 1] / rates[0]);
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  /** Least-squares slope of the values from index {@code from}, per index step. */
  private static double slope(double[] values, int from) {
    int n = values.length - from;
    if (n < 2) {
      return 0;
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = from; i < values.length; i++) {
      meanX += i;
      meanY += values[i];
    }
    meanX /= n;
    meanY /= n;
    double num = 0;
    double den = 0;
    for (int i = from; i < values.length; i++) {
      num += (i - meanX) * (values[i] - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return num / den;
  }
}
