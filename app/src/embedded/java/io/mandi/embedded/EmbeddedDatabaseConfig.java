package io.mandi.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL started by the application, its data in a folder of the working directory so
 * that orders survive a restart. An empty data-dir means a throw-away database (tests).
 */
@Configuration
@Profile("embedded")
class EmbeddedDatabaseConfig {
  private static final Duration ORPHAN_STOP_DEADLINE = Duration.ofSeconds(30);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${mandi.embedded.postgres.data-dir:}") String dataDir,
      @Value("${mandi.embedded.postgres.port:0}") int port,
      @Value("${mandi.embedded.postgres.durable:true}") boolean durable)
      throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    // The library turns durability off for speed; business data must survive a crash, so it is
    // back on unless a test turns it off.
    builder.setServerConfig("fsync", durable ? "on" : "off");
    builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
    builder.setServerConfig("full_page_writes", durable ? "on" : "off");
    if (!dataDir.isBlank()) {
      Path directory = Path.of(dataDir).toAbsolutePath().normalize();
      Files.createDirectories(directory);
      OrphanedPostgres.stopIfRunning(directory, ORPHAN_STOP_DEADLINE);
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
    }
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  static final int POOL_SIZE = 40;

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    // A committed change's outbox entries are sent while its connection is still held (Spring
    // releases it after the after-commit callbacks), and sending needs a connection of its own: so
    // every busy thread may hold two. Measured: 8 people acting at once in bench/rfq with 4 job
    // workers ran 10 connections dry.
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("mandi-embedded");
    return new HikariDataSource(config);
  }
}
