package io.mandi.order.rules;

import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL at run time (no kie-maven-plugin, no kie-ci): the shipped files and the versions
 * admins edit and publish take the same path. Every compilation gets its own release id, so two
 * compiling at once never see each other's rules, and is removed from Drools' repository once its
 * rule base is built, so repeated compiles do not pile up.
 */
public final class RuleBaseCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();

  private RuleBaseCompiler() {}

  /** A compilation: the rule base, or the errors with their lines. */
  public record Compiled(KieBase base, List<RuleProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static KieBase compileClasspath(String drlPath) {
    Compiled compiled = compile(drlPath, readClasspath(drlPath));
    if (!compiled.ok()) {
      throw new IllegalStateException(
          "Rules do not compile: "
              + compiled.problems().stream()
                  .map(RuleProblem::toString)
                  .collect(Collectors.joining("; ")));
    }
    return compiled.base();
  }

  public static String readClasspath(String path) {
    try (InputStream in = RuleBaseCompiler.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No rules at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles one DRL text, named by a path ending in .drl. */
  public static Compiled compile(String drlPath, String drl) {
    return compile(drlPath, RuleFormat.DRL, drl);
  }

  /**
   * Compiles DRL text, or a decision table in CSV (Drools' decision table compiler takes it only
   * under a name ending in .drl.csv).
   */
  public static Compiled compile(String drlPath, RuleFormat format, String drl) {
    String path = format == RuleFormat.CSV ? drlPath + ".csv" : drlPath;
    KieServices services = KieServices.Factory.get();
    ReleaseId releaseId =
        services.newReleaseId("io.mandi.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    files.write("src/main/resources/" + path, drl);
    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll();
    } catch (RuntimeException unreadableTable) {
      services.getRepository().removeKieModule(releaseId);
      return new Compiled(
          null,
          List.of(
              new RuleProblem(0, 0, "The table cannot be read: " + unreadableTable.getMessage())));
    }
    try {
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        return new Compiled(
            null,
            errors.stream()
                .map(e -> new RuleProblem(e.getLine(), e.getColumn(), e.getText().strip()))
                .toList());
      }
      return new Compiled(services.newKieContainer(releaseId).getKieBase(), List.of());
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }
}
