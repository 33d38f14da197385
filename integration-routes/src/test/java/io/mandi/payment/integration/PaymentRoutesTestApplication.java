package io.mandi.payment.integration;

import io.mandi.integration.WebhookAvailabilityFilter;
import io.mandi.integration.WebhookBodyLimitFilter;
import io.mandi.integration.WebhookEdgeConfiguration;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The payment gateway routes and the gateway sandbox alone: no database, no engine. */
@Import({
  WebhookEdgeConfiguration.class,
  WebhookAvailabilityFilter.class,
  WebhookBodyLimitFilter.class
})
@SpringBootApplication(
    scanBasePackages = {"io.mandi.payment.integration", "io.mandi.sandbox"},
    exclude = {
      DataSourceAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MybatisAutoConfiguration.class
    })
class PaymentRoutesTestApplication {}
