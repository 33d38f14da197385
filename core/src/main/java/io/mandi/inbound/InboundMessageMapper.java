package io.mandi.inbound;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboundMessageMapper {

  /** Returns 1 if the message is new, 0 if it was recorded before. */
  int insertIfAbsent(
      @Param("source") String source,
      @Param("messageId") String messageId,
      @Param("at") Instant at);

  boolean exists(@Param("source") String source, @Param("messageId") String messageId);

  int delete(@Param("source") String source, @Param("messageId") String messageId);
}
