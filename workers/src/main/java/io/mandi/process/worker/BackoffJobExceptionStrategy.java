package io.mandi.process.worker;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.mandi.recovery.JobFailure;
import io.mandi.recovery.JobFailureLog;
import io.mandi.task.EngineRun;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one place where job failures are translated. Business outcomes are BPMN errors and pass
 * through unchanged; any other exception is a technical failure: it is recorded in PostgreSQL (so
 * recovery finds a job the engine gave up on without asking the engine) and the job is failed with
 * one retry less and an exponential back-off, so a retry never runs straight into the same
 * transient fault.
 */
@Component
@EnableConfigurationProperties(JobRetryProperties.class)
class BackoffJobExceptionStrategy implements JobExceptionHandlingStrategy {
  private static final Logger log = LoggerFactory.getLogger(BackoffJobExceptionStrategy.class);

  private final DefaultJobExceptionHandlingStrategy delegate;
  private final JobFailureLog failures;
  private final JobRetryProperties retry;
  private final EngineRun engineRun;
  private final Clock clock;

  BackoffJobExceptionStrategy(
      CommandExceptionHandlingStrategy commands,
      MetricsRecorder metrics,
      JobFailureLog failures,
      JobRetryProperties retry,
      EngineRun engineRun,
      Clock clock) {
    this.engineRun = engineRun;
    this.delegate = new DefaultJobExceptionHandlingStrategy(commands, metrics);
    this.failures = failures;
    this.retry = retry;
    this.clock = clock;
  }

  @Override
  public void handleException(Exception exception, ExceptionHandlingContext context)
      throws Exception {
    if (exception instanceof BpmnError) {
      delegate.handleException(exception, context);
      return;
    }
    ActivatedJob job = context.job();
    int retriesLeft = Math.max(job.getRetries() - 1, 0);
    String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
    int attempt = record(job, retriesLeft, message);
    Duration backoff = retry.backoff(job.getType(), attempt);
    log.warn(
        "Job {} ({}) failed, {} retries left, next in {}: {}",
        job.getKey(),
        job.getType(),
        retriesLeft,
        backoff,
        message);
    delegate.handleException(
        CamundaError.jobError(message, null, retriesLeft, backoff, exception), context);
  }

  /** Returns the attempt number; a database outage must not stop the engine hearing of it. */
  private int record(ActivatedJob job, int retriesLeft, String message) {
    try {
      return failures.record(
          new JobFailure(
              job.getKey(),
              job.getType(),
              job.getProcessInstanceKey(),
              job.getElementId(),
              job.getElementInstanceKey(),
              engineRun.id(),
              orderId(job),
              retriesLeft,
              message,
              clock.instant()));
    } catch (RuntimeException e) {
      log.error("Could not record the failure of job {}: {}", job.getKey(), e.toString());
      return 1;
    }
  }

  private static Long orderId(ActivatedJob job) {
    try {
      Object value = job.getVariablesAsMap().get("orderId");
      return value instanceof Number number ? number.longValue() : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
