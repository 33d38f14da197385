package io.mandi.rfq.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.rfq.ReviewResult;
import io.mandi.rfq.RfqNegotiation;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.RfqStatus;
import io.mandi.rfq.process.RfqNegotiationProcess;
import io.mandi.rfq.process.RfqNegotiationProcess.Variables;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs rfq-negotiation's steps. Each is idempotent on the request (or the invitation or quote it is
 * given), so a job delivered twice finds its work done and returns the same answer.
 */
@Component
public class RfqNegotiationWorkers {
  private final RfqNegotiation negotiation;
  private final RfqService rfqs;

  RfqNegotiationWorkers(RfqNegotiation negotiation, RfqService rfqs) {
    this.negotiation = negotiation;
    this.rfqs = rfqs;
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_SHORTLIST, fetchVariables = Variables.RFQ_ID)
  public Map<String, Object> shortlist(@Variable(name = Variables.RFQ_ID) long rfqId) {
    List<Long> invitations = negotiation.shortlist(rfqId);
    return Map.of(
        Variables.INVITATIONS,
        invitations,
        Variables.CLOSES_AT,
        rfqs.closingTime(rfqId).toString());
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_INVITE, fetchVariables = Variables.INVITATION_ID)
  public void invite(@Variable(name = Variables.INVITATION_ID) long invitationId) {
    negotiation.invite(invitationId);
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_REVIEW, fetchVariables = Variables.RFQ_ID)
  public Map<String, Object> review(@Variable(name = Variables.RFQ_ID) long rfqId) {
    ReviewResult result = negotiation.review(rfqId);
    return Map.of(
        Variables.CLOSED,
        result.closed(),
        Variables.CLOSES_AT,
        result.closesAt().toString(),
        Variables.OPEN_QUOTES,
        result.openQuotes());
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_NO_QUOTES, fetchVariables = Variables.RFQ_ID)
  public void noQuotes(@Variable(name = Variables.RFQ_ID) long rfqId) {
    negotiation.noQuotes(rfqId);
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_SCORE, fetchVariables = Variables.RFQ_ID)
  public Map<String, Object> score(@Variable(name = Variables.RFQ_ID) long rfqId) {
    return Map.of(Variables.DECISION_DUE_AT, negotiation.score(rfqId).toString());
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_EXPIRE, fetchVariables = Variables.RFQ_ID)
  public Map<String, Object> expire(@Variable(name = Variables.RFQ_ID) long rfqId) {
    return Map.of(Variables.OPEN_QUOTES, negotiation.expire(rfqId));
  }

  @JobWorker(type = RfqNegotiationProcess.JOB_AWARD, fetchVariables = Variables.RFQ_ID)
  public Map<String, Object> award(@Variable(name = Variables.RFQ_ID) long rfqId) {
    return Map.of(Variables.AWARDED_QUOTES, negotiation.award(rfqId));
  }

  @JobWorker(
      type = RfqNegotiationProcess.JOB_PLACE_ORDER,
      fetchVariables = {Variables.RFQ_ID, Variables.QUOTE_ID})
  public void placeOrder(
      @Variable(name = Variables.RFQ_ID) long rfqId,
      @Variable(name = Variables.QUOTE_ID) long quoteId) {
    negotiation.placeOrder(rfqId, quoteId);
  }

  @JobWorker(
      type = RfqNegotiationProcess.JOB_CLOSE,
      fetchVariables = {Variables.RFQ_ID, Variables.OUTCOME})
  public void close(
      @Variable(name = Variables.RFQ_ID) long rfqId,
      @Variable(name = Variables.OUTCOME) String outcome) {
    negotiation.close(rfqId, RfqStatus.valueOf(outcome));
  }
}
