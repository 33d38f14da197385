package io.mandi.payment;

public class PaymentGatewayException extends RuntimeException {
  private final int httpStatus;

  public PaymentGatewayException(String message, Throwable cause) {
    this(message, cause, 0);
  }

  /**
   * @param httpStatus the gateway's HTTP answer, or 0 if it gave none (timeout, refused connection)
   */
  public PaymentGatewayException(String message, Throwable cause, int httpStatus) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The gateway refused the request itself (4xx other than throttling): repeating cannot help. */
  public boolean refusedRequest() {
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 429;
  }
}
