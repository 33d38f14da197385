package io.mandi.payment.integration;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** The payment gateway routes and the gateway sandbox alone: no database, no engine. */
@SpringBootApplication(
    scanBasePackages = {"io.mandi.payment.integration", "io.mandi.sandbox"},
    exclude = {
      DataSourceAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MybatisAutoConfiguration.class
    })
class PaymentRoutesTestApplication {}
