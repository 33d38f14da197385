package io.mandi.integration;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Routes that call an external platform's HTTP API. Server errors, throttling (429) and connection
 * failures are retried with exponential back-off; any other client error is final, since sending
 * the same request again cannot succeed.
 */
public abstract class HttpApiRouteBuilder extends RouteBuilder {

  protected void retryServerErrorsOnly(int maxRedeliveries, Duration redeliveryDelay) {
    onException(HttpOperationFailedException.class)
        .onWhen(
            exchange ->
                isClientError(
                    exchange.getProperty(
                        Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class)))
        .maximumRedeliveries(0)
        .handled(false);
    errorHandler(
        defaultErrorHandler()
            .maximumRedeliveries(maxRedeliveries)
            .redeliveryDelay(redeliveryDelay.toMillis())
            .useExponentialBackOff()
            .backOffMultiplier(2)
            .retryAttemptedLogLevel(LoggingLevel.WARN));
  }

  private static boolean isClientError(HttpOperationFailedException failure) {
    int status = failure.getStatusCode();
    return status >= 400 && status < 500 && status != 429;
  }
}
