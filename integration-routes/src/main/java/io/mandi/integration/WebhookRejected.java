package io.mandi.integration;

/** A webhook refused at the edge with a specific 4xx; nothing behind the edge was touched. */
public class WebhookRejected extends RuntimeException {
  private final int status;

  public WebhookRejected(int status, String reason) {
    super(reason);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
