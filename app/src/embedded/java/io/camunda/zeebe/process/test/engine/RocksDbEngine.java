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
  private final ControlledActorClock clock;
  private final StreamProcessor processor;
  private final BoundedLogStorage logStorage;

  RocksDbEngine(
      Server server,
      StreamProcessor processor,
      GrpcToLogStreamGateway gateway,
      ZeebeDb<ZbColumnFamilies> state,
      LogStream logStream,
      BoundedLogStorage logStorage,
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
    this.clock = clock;
    this.processor = processor;
    this.logStorage = logStorage;
  }

  /**
   * Drops the log blocks before the position that the stream processor has also passed; the caller
   * passes the position up to which its own reader has read. Returns the blocks dropped.
   */
  public int trimLogBelow(long position) {
    long processed = processor.getLastProcessedPositionAsync().join();
    return processed <= 0 ? 0 : logStorage.trimBelow(Math.min(position, processed));
  }

  /** Blocks the in-memory log holds now. */
  public int logBlocks() {
    return logStorage.blockCount();
  }

  /** The engine's time: the system time, moved on by {@code increaseTime}. */
  public java.time.Instant currentTime() {
    return clock.getCurrentTime();
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
