package io.mandi.rfq;

import io.mandi.account.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RfqMapper {

  long insertRfq(
      @Param("requestId") String requestId,
      @Param("buyerId") long buyerId,
      @Param("title") String title,
      @Param("deliveryRegion") String deliveryRegion,
      @Param("deliverBy") LocalDate deliverBy,
      @Param("closesAt") Instant closesAt,
      @Param("closeAfterResponses") Integer closeAfterResponses,
      @Param("maxCounterRounds") int maxCounterRounds,
      @Param("status") RfqStatus status,
      @Param("createdBy") String createdBy,
      @Param("createdAt") Instant createdAt);

  void insertLine(@Param("line") RfqLine line);

  Rfq findRfq(long rfqId);

  /** Locks the request: its changes of state are serialised. */
  Rfq lockRfq(long rfqId);

  Long findRfqByRequest(String requestId);

  List<RfqLine> findLines(long rfqId);

  int updateStatus(
      @Param("rfqId") long rfqId, @Param("from") RfqStatus from, @Param("to") RfqStatus to);

  void updateClosing(@Param("rfqId") long rfqId, @Param("closesAt") Instant closesAt);

  void insertStatusChange(
      @Param("rfqId") long rfqId,
      @Param("from") RfqStatus from,
      @Param("to") RfqStatus to,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("reason") String reason);

  List<RfqCandidate> findCandidates(long rfqId);

  /** The invited sellers' kind, place and record, for scoring their quotes. */
  List<SellerRecord> findSellerRecords(long rfqId);

  /** Asks a seller once; false if it was already asked. */
  int insertInvitation(
      @Param("rfqId") long rfqId,
      @Param("sellerId") long sellerId,
      @Param("invitedBy") String invitedBy,
      @Param("why") String why,
      @Param("respondBy") Instant respondBy);

  List<Invitation> findInvitations(long rfqId);

  Invitation findInvitation(@Param("rfqId") long rfqId, @Param("sellerId") long sellerId);

  Invitation findInvitationById(long invitationId);

  void updateInvitation(
      @Param("id") long id,
      @Param("status") InvitationStatus status,
      @Param("declineReason") String declineReason,
      @Param("respondBy") Instant respondBy,
      @Param("pausedSince") Instant pausedSince);

  long insertQuote(
      @Param("invitationId") long invitationId,
      @Param("revision") int revision,
      @Param("round") int round,
      @Param("authorRole") Role authorRole,
      @Param("status") QuoteStatus status,
      @Param("leadTimeDays") int leadTimeDays,
      @Param("validUntil") Instant validUntil,
      @Param("notes") String notes,
      @Param("total") BigDecimal total,
      @Param("listTotal") BigDecimal listTotal,
      @Param("createdBy") String createdBy,
      @Param("createdAt") Instant createdAt);

  void insertQuoteLine(@Param("line") QuoteLine line);

  /** Every revision and counter-offer of the request, oldest first. */
  List<QuoteRevision> findQuotes(long rfqId);

  QuoteRevision findQuote(long quoteId);

  List<QuoteLine> findQuoteLines(long quoteId);

  int updateQuoteStatus(
      @Param("quoteId") long quoteId, @Param("from") QuoteStatus from, @Param("to") QuoteStatus to);

  void updateQuoteValidUntil(
      @Param("quoteId") long quoteId, @Param("validUntil") Instant validUntil);

  void updateQuoteScore(
      @Param("quoteId") long quoteId,
      @Param("score") BigDecimal score,
      @Param("reasons") String reasons,
      @Param("rules") String rules);

  void insertMessage(
      @Param("invitationId") long invitationId,
      @Param("kind") String kind,
      @Param("authorRole") String authorRole,
      @Param("author") String author,
      @Param("body") String body,
      @Param("at") Instant at);

  List<RfqMessage> findMessages(long invitationId);

  void insertAward(
      @Param("rfqId") long rfqId, @Param("lineNo") int lineNo, @Param("quoteId") long quoteId);

  List<RfqAward> findAwards(long rfqId);

  long findOfferProduct(long offerId);

  void setAwardOrder(
      @Param("rfqId") long rfqId, @Param("quoteId") long quoteId, @Param("orderId") long orderId);

  /**
   * A page of requests: a buyer's, those a seller was invited to, or all of them for operations.
   */
  List<Rfq> searchRfqs(
      @Param("buyerId") Long buyerId,
      @Param("sellerId") Long sellerId,
      @Param("status") RfqStatus status,
      @Param("text") String text,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countRfqs(
      @Param("buyerId") Long buyerId,
      @Param("sellerId") Long sellerId,
      @Param("status") RfqStatus status,
      @Param("text") String text);
}
