package io.mandi.pricing.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/**
 * Prices lines by pricing.drl. The rule set version is a digest of the rules' text, so a line
 * priced today can be traced to exactly the rules that priced it.
 */
@Component
public class DroolsPricingPolicy implements PricingPolicy {
  static final String RULES = "io/mandi/pricing/rules/pricing.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);
  private final String version = "pricing@" + digest(RULES);

  @Override
  public PricedLine price(PricingFacts facts) {
    PriceFact line = new PriceFact(facts);
    StatelessKieSession session = rules.newStatelessKieSession();
    session.execute(line);
    return new PricedLine(line.price(), version, line.appliedRules());
  }

  public String version() {
    return version;
  }

  private static String digest(String resource) {
    try (InputStream in =
        DroolsPricingPolicy.class.getClassLoader().getResourceAsStream(resource)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
