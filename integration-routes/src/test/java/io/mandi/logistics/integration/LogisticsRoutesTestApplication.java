package io.mandi.logistics.integration;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** The logistics routes, webhook endpoint and sandbox alone: no database, no engine. */
@SpringBootApplication(
    scanBasePackages = {"io.mandi.logistics.integration", "io.mandi.sandbox"},
    exclude = {
      DataSourceAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MybatisAutoConfiguration.class
    })
class LogisticsRoutesTestApplication {}
