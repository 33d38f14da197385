package io.mandi.outbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

  /** Inserts a PENDING entry unless one with the same key exists; returns its id either way. */
  Long insertIfAbsent(
      @Param("kind") String kind,
      @Param("dedupKey") String dedupKey,
      @Param("payload") String payload,
      @Param("at") Instant at);

  Long findIdByKey(@Param("dedupKey") String dedupKey);

  OutboxEntry find(@Param("id") long id);

  /** Takes the entry for one delivery attempt; 0 if sent, rejected or another relay has it. */
  int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

  void markSent(@Param("id") long id, @Param("at") Instant at);

  void markRejected(@Param("id") long id, @Param("error") String error, @Param("at") Instant at);

  void markFailed(
      @Param("id") long id, @Param("error") String error, @Param("nextAttemptAt") Instant next);

  List<Long> findDue(
      @Param("now") Instant now,
      @Param("createdBefore") Instant createdBefore,
      @Param("limit") int limit);

  /** Entries that were tried and not delivered yet, or refused for good; newest first. */
  List<OutboxEntry> findTroubled(@Param("limit") int limit);

  int countPending();

  int countTroubled();

  int reopen(@Param("id") long id, @Param("now") Instant now);
}
