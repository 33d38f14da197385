package io.mandi.admin;

/** Port: checks models against the running code and deploys them (the workers module). */
public interface ProcessModels {

  /**
   * Parses the model and checks it as the code needs it: one Mandi process, every job type served
   * by a worker, every message and error one the code knows, and everything the code refers to in
   * that process still there.
   */
  ModelCheck check(byte[] content);

  /** Deploys a model that passed its check; new instances start on the version it becomes. */
  DeployedModel deploy(String fileName, byte[] content);

  /** A digest of the model shipped in the jar for this process. */
  String shippedDigest(String processId);
}
