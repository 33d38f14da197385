package io.mandi.vendor.process;

/** Names in vendor-reassignment.bpmn that code refers to; the contract test keeps them in sync. */
public final class VendorReassignmentProcess {
  public static final String PROCESS_ID = "vendor-reassignment";
  public static final String RESOURCE = "bpmn/vendor-reassignment.bpmn";

  public static final String JOB_RELEASE_VENDOR = "order-release-vendor";

  /** Nobody else can ship the order; order-lifecycle cancels and refunds it. */
  public static final String ERROR_NO_VENDOR = "NO_VENDOR";

  private VendorReassignmentProcess() {}
}
