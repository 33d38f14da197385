package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The process-test engine (in-memory log, controllable clock, gRPC gateway) with RocksDB, Zeebe's
 * own state store, in place of its in-memory state store. That store copies the whole state into a
 * new map for every prefix scan, so each step gets slower as orders accumulate: in
 * bench/order-lifecycle a quarter of all CPU samples were those copies. The wiring follows the
 * engine's own factory; it lives in this package because the pieces it wires are package-private.
 */
public final class RocksDbEngineFactory {
  static final int PARTITION = 1;
  private static final int PARTITION_COUNT = 1;
  private static final String STATE_DIRECTORY_PREFIX = "mandi-engine-state-";

  /** Off-heap cap for RocksDB's caches and write buffers; the state of a few thousand orders. */
  private static final long STATE_MEMORY_LIMIT = 64L * 1024 * 1024;

  private RocksDbEngineFactory() {}

  /** An engine on the given gRPC port whose state lives in a fresh directory, deleted on stop. */
  public static RocksDbEngine create(int port) {
    Path stateDirectory = newStateDirectory();
    ControlledActorClock clock = new ControlledActorClock();
    ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    scheduler.start();

    BoundedLogStorage logStorage = new BoundedLogStorage();
    LogStream logStream =
        LogStream.builder()
            .withPartitionId(PARTITION)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();
    CommandWriter commands = new CommandWriter(logStream.newLogStreamWriter());
    CommandSender sender = new CommandSender(commands);
    GatewayRequestStore requests = new GatewayRequestStore();
    InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commands);
    GrpcToLogStreamGateway gateway =
        new GrpcToLogStreamGateway(
            commands, PARTITION, PARTITION_COUNT, port, requests, jobStreamer);
    Server server = ServerBuilder.forPort(port).addService(gateway).build();
    GrpcResponseWriter responses = new GrpcResponseWriter(gateway, requests, intent -> {});

    ZeebeDb<ZbColumnFamilies> state = stateStore(stateDirectory);
    StreamProcessor processor =
        StreamProcessor.builder()
            .logStream(logStream)
            .zeebeDb(state)
            .commandResponseWriter(responses)
            .partitionCommandSender(sender)
            .recordProcessors(List.of(engine(sender, jobStreamer)))
            .actorSchedulingService(scheduler)
            .clock(new ControllableStreamClockImpl(clock))
            .meterRegistry(new SimpleMeterRegistry())
            .build();
    // The idle monitor of the process-test engine registers itself with the storage it is given;
    // it only listens for commits, so it listens to the bounded log instead.
    EngineStateMonitor idleMonitor = new EngineStateMonitor(new InMemoryLogStorage(), processor);
    logStorage.addCommitListener(idleMonitor);
    return new RocksDbEngine(
        server,
        processor,
        gateway,
        state,
        logStream,
        logStorage,
        scheduler,
        clock,
        idleMonitor,
        stateDirectory);
  }

  private static Engine engine(CommandSender sender, InMemoryJobStreamer jobStreamer) {
    SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    return new Engine(
        context ->
            EngineProcessors.createEngineProcessors(
                context,
                PARTITION_COUNT,
                new SubscriptionCommandSender(context.getPartitionId(), sender),
                sender,
                FeatureFlags.createDefault(),
                jobStreamer,
                SearchClientsProxy.noop(),
                new BrokerRequestAuthorizationConverter(security)),
        new EngineConfiguration(),
        security);
  }

  private static ZeebeDb<ZbColumnFamilies> stateStore(Path directory) {
    // The log is in memory, so the state cannot outlive the process: no write-ahead log needed.
    RocksDbConfiguration rocksDb =
        new RocksDbConfiguration().setMemoryLimit(STATE_MEMORY_LIMIT).setWalDisabled(true);
    return new ZeebeRocksDbFactory<ZbColumnFamilies>(
            rocksDb,
            new ConsistencyChecksSettings(),
            new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION),
            SimpleMeterRegistry::new)
        .createDb(directory.toFile());
  }

  /**
   * A fresh directory named after this process, so that one left behind by a killed process (its
   * stop never ran) is recognised and removed here.
   */
  private static Path newStateDirectory() {
    try {
      Path temp = Path.of(System.getProperty("java.io.tmpdir"));
      try (Stream<Path> existing = Files.list(temp)) {
        existing
            .filter(RocksDbEngineFactory::isLeftByAnEndedProcess)
            .forEach(RocksDbEngine::deleteRecursively);
      }
      return Files.createTempDirectory(
          temp, STATE_DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the engine's state directory", e);
    }
  }

  private static boolean isLeftByAnEndedProcess(Path directory) {
    String name = directory.getFileName().toString();
    if (!name.startsWith(STATE_DIRECTORY_PREFIX)) {
      return false;
    }
    String pid = name.substring(STATE_DIRECTORY_PREFIX.length()).split("-", 2)[0];
    return pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty();
  }
}
