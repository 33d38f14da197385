package io.mandi.recovery;

/** Port: starts an order's process again at a step (implemented by workers with the engine). */
public interface ProcessResumer {

  /**
   * Creates a new order-lifecycle instance positioned at the step, with its variables rebuilt from
   * the recorded facts; returns its process instance key.
   */
  long resume(Resumption resumption);

  /** Whether the engine still runs the instance; asked only where the engine run cannot tell. */
  boolean isRunning(long processInstanceKey);
}
