package io.mandi.admin.worker;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.mandi.admin.ModelCheck;
import io.mandi.process.UserTasks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a process model against the code that runs it, before the engine sees it: it parses and
 * validates, holds exactly one Mandi process, every job type has a worker, every message is one
 * Mandi sends and every caught error one a worker throws, and what the code refers to in that
 * process (its messages, errors and steps) is still there. A model failing any of these would leave
 * instances waiting forever or make code fail on it.
 */
public final class BpmnModelChecker {
  private static final int MAX_DETAIL = 300;

  private final Set<String> workerTypes;

  /**
   * @param workerTypes the job types workers in this application serve
   */
  public BpmnModelChecker(Set<String> workerTypes) {
    this.workerTypes = Set.copyOf(workerTypes);
  }

  public ModelCheck check(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
      return new ModelCheck(null, List.of("Document type declarations are not allowed in a model"));
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
      Bpmn.validateModel(model);
    } catch (RuntimeException notBpmn) {
      return new ModelCheck(
          null, List.of("The file is not a valid BPMN model: " + detail(notBpmn)));
    }
    List<Process> processes =
        model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (processes.size() != 1) {
      return new ModelCheck(
          null,
          List.of(
              "A model must hold exactly one executable process (this one has "
                  + processes.size()
                  + ")"));
    }
    String processId = processes.getFirst().getId();
    if (!ProcessContracts.processIds().contains(processId)) {
      return new ModelCheck(
          null,
          List.of(
              "Mandi runs no process named '"
                  + processId
                  + "'; upload a new version of one of: "
                  + String.join(", ", ProcessContracts.processIds())));
    }
    List<String> problems = new ArrayList<>();
    jobTypes(model).stream()
        .filter(type -> !workerTypes.contains(type))
        .forEach(
            type ->
                problems.add(
                    "Job type '" + type + "' has no worker: its tasks would wait forever"));
    Set<String> messages = messages(model);
    Set<String> known = ProcessContracts.constants("MESSAGE_");
    messages.stream()
        .filter(message -> !known.contains(message))
        .forEach(
            message ->
                problems.add(
                    "Mandi never sends message '" + message + "': the process would wait forever"));
    Set<String> caught = caughtErrors(model);
    Set<String> thrown = ProcessContracts.constants("ERROR_");
    caught.stream()
        .filter(code -> !thrown.contains(code))
        .forEach(code -> problems.add("No worker throws error '" + code + "'"));
    Set<String> steps =
        model.getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId)
            .collect(Collectors.toSet());
    Class<?> contract = ProcessContracts.of(processId).orElseThrow();
    ProcessContracts.constants(contract, "MESSAGE_").stream()
        .filter(message -> !messages.contains(message))
        .forEach(
            message ->
                problems.add(
                    "Mandi sends message '"
                        + message
                        + "' to this process, which no longer waits for it"));
    ProcessContracts.constants(contract, "USER_TASK_").stream()
        .filter(step -> !steps.contains(step))
        .forEach(
            step -> problems.add("The code refers to step '" + step + "', missing from the model"));
    return new ModelCheck(processId, problems);
  }

  private static Set<String> jobTypes(BpmnModelInstance model) {
    Set<String> types =
        model.getModelElementsByType(ZeebeTaskDefinition.class).stream()
            .map(ZeebeTaskDefinition::getType)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!model.getModelElementsByType(UserTask.class).isEmpty()) {
      types.add(UserTasks.JOB_TYPE);
    }
    return types;
  }

  private static Set<String> messages(BpmnModelInstance model) {
    return model.getModelElementsByType(Message.class).stream()
        .map(Message::getName)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> caughtErrors(BpmnModelInstance model) {
    Set<String> codes = new TreeSet<>();
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      boundary.getEventDefinitions().stream()
          .filter(ErrorEventDefinition.class::isInstance)
          .map(definition -> ((ErrorEventDefinition) definition).getError())
          .filter(Objects::nonNull)
          .map(io.camunda.zeebe.model.bpmn.instance.Error::getErrorCode)
          .filter(Objects::nonNull)
          .forEach(codes::add);
    }
    return codes;
  }

  private static String detail(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    while (cause != null && cause.getMessage() != null) {
      message = cause.getMessage();
      cause = cause.getCause();
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
  }
}
