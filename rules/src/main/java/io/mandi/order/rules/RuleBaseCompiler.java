package io.mandi.order.rules;

import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.Resource;

/**
 * Compiles DRL at run time (no kie-maven-plugin, no kie-ci): the same path later serves rules that
 * admins edit and publish.
 */
public final class RuleBaseCompiler {

  private RuleBaseCompiler() {}

  public static KieBase compileClasspath(String... drlPaths) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    for (String path : drlPaths) {
      Resource resource =
          services.getResources().newClassPathResource(path, RuleBaseCompiler.class);
      files.write("src/main/resources/" + path, resource);
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(
          "Rules do not compile: "
              + builder.getResults().getMessages(Message.Level.ERROR).stream()
                  .map(Message::toString)
                  .collect(Collectors.joining("; ")));
    }
    return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
  }
}
