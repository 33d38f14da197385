package io.mandi.embedded;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL whose application was killed with kill -9 is stopped, and the next start on the same
 * data folder finds the data that was committed.
 */
class OrphanedPostgresTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Test
  void aPostgresLeftRunningByAKilledApplicationIsStoppedAndItsDataIsThereOnTheNextStart(
      @TempDir Path data) throws Exception {
    Process owner =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledOwner.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream()));
    assertThat(CompletableFuture.supplyAsync(() -> readUntilReady(output)).get(2, MINUTES))
        .as("the owner's PostgreSQL started and committed a row")
        .isTrue();
    owner.destroyForcibly().waitFor(); // kill -9: its shutdown hooks never run
    long pid =
        Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("orphaned").isPresent();

    assertThat(OrphanedPostgres.stopIfRunning(data, DEADLINE)).contains(pid);
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();

    try (EmbeddedPostgres next = start(data);
        Connection connection = next.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet kept = statement.executeQuery("select id from kept")) {
      assertThat(kept.next()).isTrue();
      assertThat(kept.getInt("id")).isEqualTo(42);
    }
  }

  @Test
  void aStaleLockFileOrAProcessThatIsNotPostgresIsLeftAlone(@TempDir Path data) throws Exception {
    assertThat(OrphanedPostgres.stopIfRunning(data, DEADLINE)).isEmpty();

    Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
    assertThat(OrphanedPostgres.stopIfRunning(data, DEADLINE))
        .as("this JVM holds the pid now; it is not a PostgreSQL")
        .isEmpty();
  }

  private static EmbeddedPostgres start(Path data) throws Exception {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
  }

  private static boolean readUntilReady(BufferedReader output) {
    try {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.equals(KilledOwner.READY)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application in miniature: starts PostgreSQL on a data folder, commits, waits to die. */
  public static final class KilledOwner {
    static final String READY = "owner ready";

    public static void main(String[] args) throws Exception {
      EmbeddedPostgres postgres = start(Path.of(args[0]));
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create table kept (id int); insert into kept values (42)");
      }
      System.out.println(READY);
      System.out.flush();
      new CountDownLatch(1).await(); // until killed
    }
  }
}
