package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded engine built by {@link RocksDbEngineFactory}: deletes its state directory when it
 * stops, and hands out readers of its log that keep nothing, unlike the record stream source, which
 * keeps a copy of every record it has read.
 */
public final class RocksDbEngine extends InMemoryEngine {
  private final LogStream logStream;
  private final Path stateDirectory;

  RocksDbEngine(
      Server server,
      StreamProcessor processor,
      GrpcToLogStreamGateway gateway,
      ZeebeDb<ZbColumnFamilies> state,
      LogStream logStream,
      ActorScheduler scheduler,
      ControlledActorClock clock,
      EngineStateMonitor monitor,
      Path stateDirectory) {
    super(
        server,
        processor,
        gateway,
        state,
        logStream,
        scheduler,
        new RecordStreamSourceImpl(logStream.newLogStreamReader(), RocksDbEngineFactory.PARTITION),
        clock,
        monitor);
    this.logStream = logStream;
    this.stateDirectory = stateDirectory;
  }

  /** A reader of the engine's log from its first event; the caller decides what to keep. */
  public LogStreamReader newLogReader() {
    return logStream.newLogStreamReader();
  }

  @Override
  public void stop() {
    try {
      super.stop();
    } finally {
      deleteRecursively(stateDirectory);
    }
  }

  static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the engine's state in " + directory, e);
    }
  }
}
