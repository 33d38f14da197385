package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.mandi.admin.ModelCheck;
import io.mandi.admin.worker.BpmnModelChecker;
import io.mandi.admin.worker.ProcessContracts;
import io.mandi.process.UserTasks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps models and code in step: every job type in a model has exactly one worker, every worker
 * serves a job type some model uses, every error a worker can throw is caught in a model, and every
 * message and element name code uses exists in a model.
 */
class ProcessContractTest {
  static List<BpmnModelInstance> models = new ArrayList<>();
  static List<JavaMethod> workers;

  @BeforeAll
  static void load() throws IOException {
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/*.bpmn")) {
      try (InputStream in = resource.getInputStream()) {
        models.add(Bpmn.readModelFromStream(in));
      }
    }
    workers =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mandi")
                .stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(JobWorker.class))
                .toList();
  }

  @Test
  void everyServiceTaskJobTypeHasExactlyOneWorker() {
    Set<String> modelled =
        models.stream()
            .flatMap(m -> m.getModelElementsByType(ZeebeTaskDefinition.class).stream())
            .map(ZeebeTaskDefinition::getType)
            .collect(Collectors.toSet());
    if (models.stream().anyMatch(m -> !m.getModelElementsByType(UserTask.class).isEmpty())) {
      modelled.add(UserTasks.JOB_TYPE);
    }
    Map<String, Long> workersPerType =
        workers.stream()
            .map(m -> m.getAnnotationOfType(JobWorker.class).type())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(modelled).isNotEmpty();
    modelled.forEach(
        type ->
            assertThat(workersPerType.get(type)).as("workers for job type %s", type).isEqualTo(1L));
    assertThat(modelled).as("job types served by a worker").containsAll(workersPerType.keySet());
  }

  @Test
  void everyErrorCodeCodeThrowsIsCaughtInAModel() {
    Set<String> caught = new HashSet<>();
    for (BpmnModelInstance model : models) {
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        boundary.getEventDefinitions().stream()
            .filter(ErrorEventDefinition.class::isInstance)
            .map(d -> ((ErrorEventDefinition) d).getError().getErrorCode())
            .forEach(caught::add);
      }
    }
    assertThat(caught).containsAll(constantsStartingWith("ERROR_"));
  }

  @Test
  void everyMessageAndElementNamedInCodeExistsInTheModel() {
    Set<String> messages =
        models.stream()
            .flatMap(m -> m.getModelElementsByType(Message.class).stream())
            .map(Message::getName)
            .collect(Collectors.toSet());
    Set<String> elementIds =
        models.stream()
            .flatMap(
                m ->
                    m
                        .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.FlowNode.class)
                        .stream())
            .map(n -> n.getId())
            .collect(Collectors.toSet());

    assertThat(messages).containsAll(constantsStartingWith("MESSAGE_"));
    assertThat(elementIds).containsAll(constantsStartingWith("USER_TASK_"));
    assertThat(models.stream().flatMap(m -> m.getModelElementsByType(EndEvent.class).stream()))
        .isNotEmpty();
  }

  private static List<String> constantsStartingWith(String prefix) {
    List<String> values = List.copyOf(ProcessContracts.constants(prefix));
    assertThat(values).as("constants named %s*", prefix).isNotEmpty();
    return values;
  }

  /** The checks an admin's upload goes through at run time pass for every model shipped. */
  @Test
  void everyShippedModelPassesTheRunTimeCheckOfUploadedModels() throws IOException {
    Set<String> workerTypes =
        workers.stream()
            .map(m -> m.getAnnotationOfType(JobWorker.class).type())
            .collect(Collectors.toSet());
    BpmnModelChecker checker = new BpmnModelChecker(workerTypes);
    Resource[] shipped =
        new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/*.bpmn");
    assertThat(shipped).hasSameSizeAs(ProcessContracts.CLASSES);
    for (Resource resource : shipped) {
      try (InputStream in = resource.getInputStream()) {
        ModelCheck check = checker.check(in.readAllBytes());
        assertThat(check.problems()).as(resource.getFilename()).isEmpty();
        assertThat(ProcessContracts.processOfFile(resource.getFilename()))
            .contains(check.processId());
      }
    }
  }
}
