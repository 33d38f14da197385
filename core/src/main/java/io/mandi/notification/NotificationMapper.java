package io.mandi.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

  /** Inserts a PENDING row unless one with the same dedup key exists; returns rows inserted. */
  int insertIfAbsent(
      @Param("dedupKey") String dedupKey,
      @Param("orderId") Long orderId,
      @Param("channel") String channel,
      @Param("recipient") String recipient,
      @Param("template") String template,
      @Param("parameters") String parameters,
      @Param("at") Instant at,
      @Param("audience") String audience,
      @Param("summary") String summary);

  void insertPartyMessage(
      @Param("m") PartyMessage message,
      @Param("channel") String channel,
      @Param("parameters") String parameters,
      @Param("at") Instant at);

  List<Notification> findForParty(
      @Param("audience") String audience,
      @Param("partyId") long partyId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  List<Notification> findAll(
      @Param("recipient") String recipient, @Param("offset") int offset, @Param("limit") int limit);

  Notification findByDedupKey(String dedupKey);

  List<Notification> findByOrder(@Param("orderId") long orderId);

  void markSent(
      @Param("id") long id,
      @Param("providerMessageId") String providerMessageId,
      @Param("at") Instant at);

  void markFailed(@Param("id") long id, @Param("error") String error, @Param("at") Instant at);
}
