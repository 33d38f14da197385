package io.mandi.task;

/**
 * Which run of the process engine issued a task's keys. A cluster keeps its keys unique for ever
 * (one run); the embedded engine starts again from the same keys after every restart, so an inbox
 * row is identified by the run and the engine's element instance key together.
 */
public record EngineRun(String id) {
  public static final EngineRun CLUSTER = new EngineRun("cluster");

  public EngineRun {
    if (id == null || id.isBlank() || id.length() > 40) {
      throw new IllegalArgumentException("An engine run id has 1 to 40 characters");
    }
  }

  /**
   * Whether what the given run started can still be waiting in this one. A cluster keeps its
   * instances; an embedded engine loses those of every earlier run when it restarts.
   */
  public boolean keepsWhatWasStartedBy(EngineRun issuer) {
    return equals(CLUSTER) || equals(issuer);
  }
}
