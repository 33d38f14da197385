package io.mandi.integration;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** Both webhook endpoints with their body limit, and nothing behind them but mocks. */
@SpringBootApplication(
    scanBasePackages = {
      "io.mandi.integration",
      "io.mandi.payment.integration",
      "io.mandi.logistics.integration"
    },
    exclude = {
      DataSourceAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MybatisAutoConfiguration.class
    })
class WebhookEdgeTestApplication {}
