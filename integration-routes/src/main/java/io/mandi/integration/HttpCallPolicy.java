package io.mandi.integration;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * The shared error policy of routes that call an external platform's HTTP API, as a route
 * configuration each platform declares under its own id with its own retry budget: server errors,
 * throttling (429) and connection failures are retried with exponential back-off; any other client
 * error is final, since sending the same request again cannot succeed.
 */
public class HttpCallPolicy extends RouteConfigurationBuilder {
  private final String id;
  private final int maxRedeliveries;
  private final Duration redeliveryDelay;

  public HttpCallPolicy(String id, int maxRedeliveries, Duration redeliveryDelay) {
    this.id = id;
    this.maxRedeliveries = maxRedeliveries;
    this.redeliveryDelay = redeliveryDelay;
  }

  @Override
  public void configuration() {
    routeConfiguration(id)
        .errorHandler(
            defaultErrorHandler()
                .maximumRedeliveries(maxRedeliveries)
                .redeliveryDelay(redeliveryDelay.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN))
        .onException(HttpOperationFailedException.class)
        .onWhen(
            exchange ->
                isClientError(
                    exchange.getProperty(
                        Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class)))
        .maximumRedeliveries(0)
        .handled(false);
  }

  private static boolean isClientError(HttpOperationFailedException failure) {
    int status = failure.getStatusCode();
    return status >= 400 && status < 500 && status != 429;
  }
}
