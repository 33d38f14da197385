package io.mandi.notification.integration;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** The notification routes and the WhatsApp sandbox alone: no database, no engine. */
@SpringBootApplication(
    scanBasePackages = {"io.mandi.notification.integration", "io.mandi.sandbox"},
    exclude = {
      DataSourceAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MybatisAutoConfiguration.class
    })
class RoutesTestApplication {}
