package io.mandi.recovery;

/** What the recovery sweep found. */
public enum RecoveryKind {
  /** A non-final order made no progress past its status's SLA. */
  STUCK,
  /** A step's job failed for the last time: the engine stopped trying it. */
  JOB_FAILED,
  /** A non-final order's process instance is gone. */
  INSTANCE_LOST,
  /** An outbox entry keeps failing or was refused. */
  OUTBOX_FAILING
}
