package io.mandi.recovery;

/** Port: runs a step whose job failed for the last time once more (implemented with the engine). */
public interface JobRetrier {

  /** Activates the failed step's element again in place of the failed element instance. */
  void retry(JobFailure failure);
}
