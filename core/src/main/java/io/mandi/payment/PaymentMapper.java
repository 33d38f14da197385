package io.mandi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PaymentMapper {

  int insertIntentIfAbsent(
      @Param("orderId") long orderId,
      @Param("key") String idempotencyKey,
      @Param("amount") BigDecimal amount,
      @Param("at") Instant at);

  PaymentIntent findIntent(long orderId);

  PaymentIntent findIntentByGatewayOrder(String gatewayOrderId);

  void recordGatewayOrder(
      @Param("orderId") long orderId,
      @Param("gatewayOrderId") String gatewayOrderId,
      @Param("at") Instant at);

  int recordCapture(
      @Param("orderId") long orderId,
      @Param("paymentId") String paymentId,
      @Param("status") PaymentStatus status,
      @Param("at") Instant at);

  /** Records the event once; returns 0 when this provider event id was seen before. */
  int insertWebhook(
      @Param("provider") String provider,
      @Param("eventId") String eventId,
      @Param("eventType") String eventType,
      @Param("payload") String payload,
      @Param("at") Instant at);

  void markWebhookProcessed(
      @Param("provider") String provider,
      @Param("eventId") String eventId,
      @Param("outcome") String outcome,
      @Param("at") Instant at);

  /** Records a late capture once per payment; returns 0 if it was recorded before. */
  int insertLateCapture(
      @Param("paymentId") String paymentId,
      @Param("orderId") long orderId,
      @Param("amount") BigDecimal amount,
      @Param("refundKey") String refundKey,
      @Param("reason") String reason,
      @Param("at") Instant at);

  long countWebhooks(@Param("provider") String provider, @Param("eventId") String eventId);
}
