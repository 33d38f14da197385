package io.mandi.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While Camel has not started the inbound routes, a webhook is told to come again, not taken. */
class WebhookAvailabilityFilterTest {

  @Test
  void beforeTheRoutesRunAWebhookIs503WithRetryAfterAndGoesNoFurther() throws Exception {
    try (DefaultCamelContext notStarted = new DefaultCamelContext()) {
      WebhookAvailabilityFilter filter = new WebhookAvailabilityFilter(notStarted);
      MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/razorpay");
      MockHttpServletResponse response = new MockHttpServletResponse();
      MockFilterChain chain = new MockFilterChain();

      filter.doFilter(request, response, chain);

      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeader("Retry-After")).isEqualTo("5");
      assertThat(response.getContentAsString()).contains("starting, send it again");
      assertThat(chain.getRequest()).as("passed on to the rest of the chain").isNull();
    }
  }

  @Test
  void otherAddressesAreNotItsBusiness() throws Exception {
    try (DefaultCamelContext notStarted = new DefaultCamelContext()) {
      WebhookAvailabilityFilter filter = new WebhookAvailabilityFilter(notStarted);
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
      MockFilterChain chain = new MockFilterChain();

      filter.doFilter(request, new MockHttpServletResponse(), chain);

      assertThat(chain.getRequest()).isSameAs(request);
    }
  }
}
