package io.mandi.recovery;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Records failed job attempts, written by the workers' failure handling and read by recovery and
 * operations. Messages are cleaned (no NUL, bounded) so that recording never fails on them.
 */
@Service
public class JobFailureLog {
  static final int MAX_ERROR_LENGTH = 4000;

  private final JobFailureMapper failures;

  JobFailureLog(JobFailureMapper failures) {
    this.failures = failures;
  }

  /** Records the attempt; returns how many attempts of this job have failed, this one included. */
  public int record(JobFailure failure) {
    String error = failure.error() == null ? "" : failure.error().replace('\0', ' ');
    if (error.length() > MAX_ERROR_LENGTH) {
      error = error.substring(0, MAX_ERROR_LENGTH);
    }
    failures.insert(
        new JobFailure(
            failure.jobKey(),
            failure.jobType(),
            failure.processInstanceKey(),
            failure.elementId(),
            failure.elementInstanceKey(),
            failure.engineRun(),
            failure.orderId(),
            failure.retriesLeft(),
            error,
            failure.failedAt()));
    return failures.countAttempts(failure.jobKey());
  }

  /** The last recorded attempt of the job, if any failed. */
  public java.util.Optional<JobFailure> lastOf(long jobKey) {
    return java.util.Optional.ofNullable(failures.findLast(jobKey));
  }

  public long attemptsFailed() {
    return failures.countAll();
  }

  /** Jobs the engine gave up on, newest first. */
  public List<JobFailure> lastFailures(int limit) {
    return failures.findLastFailures(Math.max(1, Math.min(limit, 500)));
  }

  public List<JobFailure> ofOrder(long orderId) {
    return failures.findByOrder(orderId);
  }
}
