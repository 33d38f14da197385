package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's log in memory, like the process-test engine's own, except that blocks every reader
 * is done with can be dropped ({@link #trimBelow}). The process-test log keeps every block for the
 * life of the engine (about 0.19 MB per finished order); the engine keeps its state in RocksDB and
 * never replays this log, so once the stream processor (and the one tally that reads the log) are
 * past a block, nothing needs it. Blocks are keyed by their lowest position, so readers find their
 * place by position, whatever was dropped before it.
 */
final class BoundedLogStorage implements LogStorage {
  private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

  private record Block(long highestPosition, ByteBuffer data) {}

  @Override
  public LogStorageReader newReader() {
    return new Reader();
  }

  @Override
  public void append(
      long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
    ByteBuffer data = ByteBuffer.allocate(writer.getLength());
    writer.write(new UnsafeBuffer(data), 0);
    store(lowestPosition, highestPosition, data, listener);
  }

  @Override
  public void append(
      long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
    ByteBuffer data = ByteBuffer.allocate(block.remaining());
    data.put(block).flip();
    store(lowestPosition, highestPosition, data, listener);
  }

  private void store(
      long lowestPosition, long highestPosition, ByteBuffer data, AppendListener listener) {
    blocks.put(lowestPosition, new Block(highestPosition, data));
    listener.onWrite(lowestPosition, highestPosition);
    listener.onCommit(lowestPosition, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  /** Drops every block whose records all lie before the position; returns how many. */
  int trimBelow(long position) {
    int dropped = 0;
    for (Map.Entry<Long, Block> block : blocks.headMap(position).entrySet()) {
      if (block.getValue().highestPosition() < position
          && blocks.remove(block.getKey(), block.getValue())) {
        dropped++;
      }
    }
    return dropped;
  }

  int blockCount() {
    return blocks.size();
  }

  /** Reads blocks in position order from where it was sought to; never holds on to them. */
  private final class Reader implements LogStorageReader {
    private long nextLowest = Long.MIN_VALUE;

    @Override
    public void seek(long position) {
      Long containing = blocks.floorKey(position);
      nextLowest = containing == null ? Long.MIN_VALUE : containing;
    }

    @Override
    public boolean hasNext() {
      return blocks.ceilingKey(nextLowest) != null;
    }

    @Override
    public DirectBuffer next() {
      Map.Entry<Long, Block> block = blocks.ceilingEntry(nextLowest);
      if (block == null) {
        throw new java.util.NoSuchElementException("No block at or after " + nextLowest);
      }
      nextLowest = block.getKey() + 1;
      ByteBuffer data = block.getValue().data();
      return new UnsafeBuffer(data, 0, data.limit());
    }

    @Override
    public void close() {}
  }
}
