package io.mandi.admin.worker;

import io.camunda.client.annotation.JobWorker;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/** The job types the workers of this application serve, read from their annotations once. */
@Component
class RunningWorkers {
  private final ApplicationContext context;
  private volatile Set<String> types;

  RunningWorkers(ApplicationContext context) {
    this.context = context;
  }

  Set<String> jobTypes() {
    if (types == null) {
      Set<String> found = new TreeSet<>();
      for (String name : context.getBeanDefinitionNames()) {
        Class<?> type = context.getType(name, false);
        if (type == null || !type.getName().startsWith("io.mandi.")) {
          continue;
        }
        ReflectionUtils.doWithMethods(
            ClassUtils.getUserClass(type),
            method -> {
              JobWorker worker =
                  AnnotatedElementUtils.findMergedAnnotation(method, JobWorker.class);
              if (worker != null && !worker.type().isBlank()) {
                found.add(worker.type());
              }
            });
      }
      types = Set.copyOf(found);
    }
    return types;
  }
}
