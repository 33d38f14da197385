package io.mandi.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data folder by an earlier run that was killed (its JVM's
 * shutdown never stopped it). Connecting to it would work on a database nobody owns: it would
 * outlive this run too, and a start under load could time out against it. So it is stopped first,
 * the way PostgreSQL asks to be stopped (SIGTERM, then its own crash recovery on the next start if
 * it has to be killed).
 */
final class OrphanedPostgres {
  private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

  private OrphanedPostgres() {}

  /**
   * Stops the PostgreSQL whose lock file is in dataDirectory, if that process still runs.
   *
   * @return the process id it stopped, if any
   */
  static Optional<Long> stopIfRunning(Path dataDirectory, Duration deadline) throws IOException {
    Optional<ProcessHandle> owner = lockOwner(dataDirectory.resolve("postmaster.pid"));
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    ProcessHandle postgres = owner.get();
    log.warn(
        "Stopping PostgreSQL (pid {}) left running on {} by an earlier run",
        postgres.pid(),
        dataDirectory);
    postgres.destroy();
    if (!exited(postgres, deadline)) {
      postgres.destroyForcibly(); // crash recovery replays its write-ahead log on the next start
      if (!exited(postgres, deadline)) {
        throw new IllegalStateException(
            "PostgreSQL (pid " + postgres.pid() + ") on " + dataDirectory + " does not stop");
      }
    }
    return Optional.of(postgres.pid());
  }

  /** The live postgres process named in the lock file; a stale file or a reused pid is not one. */
  private static Optional<ProcessHandle> lockOwner(Path lockFile) throws IOException {
    if (!Files.isRegularFile(lockFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(lockFile);
    if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
        .filter(ProcessHandle::isAlive)
        .filter(
            process ->
                process
                    .info()
                    .command()
                    .map(command -> command.contains("postgres"))
                    .orElse(false));
  }

  private static boolean exited(ProcessHandle process, Duration deadline) {
    try {
      process.onExit().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot wait for PostgreSQL to stop", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while PostgreSQL stops", e);
    }
  }
}
