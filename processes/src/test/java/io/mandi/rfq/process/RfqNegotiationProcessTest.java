package io.mandi.rfq.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.mandi.process.EngineDriver;
import io.mandi.rfq.process.RfqNegotiationProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * rfq-negotiation alone on the real engine: the test plays the workers, the buyer and the sellers,
 * and moves the engine's clock for deadlines and expiry.
 */
@ZeebeProcessTest
class RfqNegotiationProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(RfqNegotiationProcess.RESOURCE)
        .send()
        .join();
  }

  /** Starts request 1 with two sellers invited and a deadline an hour away. */
  private ActivatedJob openWithTwoInvited() throws Exception {
    play.publish(RfqNegotiationProcess.MESSAGE_RFQ_CREATED, "1", Map.of(Variables.RFQ_ID, 1));
    ActivatedJob shortlist = play.activate(RfqNegotiationProcess.JOB_SHORTLIST);
    play.complete(
        shortlist, Map.of(Variables.INVITATIONS, List.of(11, 12), Variables.CLOSES_AT, inAnHour()));
    List<Object> invited = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ActivatedJob invite = play.activate(RfqNegotiationProcess.JOB_INVITE);
      invited.add(invite.getVariablesAsMap().get(Variables.INVITATION_ID));
      play.complete(invite, Map.of());
    }
    assertThat(invited).as("one invitation job per seller").containsExactlyInAnyOrder(11, 12);
    return shortlist;
  }

  private String inAnHour() {
    return Instant.parse(play.now()).plus(Duration.ofHours(1)).toString();
  }

  private String inDays(int days) {
    return Instant.parse(play.now()).plus(Duration.ofDays(days)).toString();
  }

  private static ProcessInstanceAssert instance(ActivatedJob job) {
    return BpmnAssert.assertThat(new InspectedProcessInstance(job.getProcessInstanceKey()));
  }

  private void review(boolean closed, int openQuotes, String closesAt) throws Exception {
    play.complete(
        play.activate(RfqNegotiationProcess.JOB_REVIEW),
        Map.of(
            Variables.CLOSED,
            closed,
            Variables.OPEN_QUOTES,
            openQuotes,
            Variables.CLOSES_AT,
            closesAt));
  }

  private void score(String decisionDueAt) throws Exception {
    play.complete(
        play.activate(RfqNegotiationProcess.JOB_SCORE),
        Map.of(Variables.DECISION_DUE_AT, decisionDueAt));
  }

  private void decide(String decision) throws Exception {
    play.publish(RfqNegotiationProcess.MESSAGE_DECIDED, "1", Map.of(Variables.DECISION, decision));
  }

  @Test
  void closesAtTheDeadlineAndASplitAwardPlacesOneOrderPerQuote() throws Exception {
    ActivatedJob started = openWithTwoInvited();
    play.passTime(Duration.ofHours(1).plusMinutes(1));
    review(true, 2, inAnHour());
    score(inDays(3));
    decide("ACCEPT");
    ActivatedJob award = play.activate(RfqNegotiationProcess.JOB_AWARD);
    play.complete(award, Map.of(Variables.AWARDED_QUOTES, List.of(7, 8)));
    List<Object> placed = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ActivatedJob place = play.activate(RfqNegotiationProcess.JOB_PLACE_ORDER);
      placed.add(place.getVariablesAsMap().get(Variables.QUOTE_ID));
      play.complete(place, Map.of());
    }
    assertThat(placed).containsExactlyInAnyOrder(7, 8);
    instance(started)
        .hasPassedElement("Event_Deadline")
        .hasNotPassedElement("Event_Response")
        .hasPassedElement("EndEvent_Awarded")
        .isCompleted();
  }

  @Test
  void closesAsSoonAsTheRuleSaysEnoughSellersAnswered() throws Exception {
    ActivatedJob started = openWithTwoInvited();
    play.publish(RfqNegotiationProcess.MESSAGE_RESPONSE, "1", Map.of());
    review(false, 0, inAnHour());
    instance(started).isWaitingAtElements("Gateway_Collect");
    play.publish(RfqNegotiationProcess.MESSAGE_RESPONSE, "1", Map.of());
    review(true, 2, inAnHour());
    instance(started).hasNotPassedElement("Event_Deadline").isWaitingAtElements("Task_Score");
  }

  @Test
  void aQuestionMovesTheClosingTimeAndTheTimerWaitsForIt() throws Exception {
    ActivatedJob started = openWithTwoInvited();
    play.passTime(Duration.ofHours(1).plusMinutes(1));
    // a seller's question paused its time: the review keeps the request open two more hours
    String later = Instant.parse(play.now()).plus(Duration.ofHours(2)).toString();
    review(false, 0, later);
    play.passTime(Duration.ofHours(1));
    instance(started).isWaitingAtElements("Gateway_Collect");
    play.passTime(Duration.ofHours(1).plusMinutes(1));
    assertThat(play.activate(RfqNegotiationProcess.JOB_REVIEW)).isNotNull();
  }

  @Test
  void withoutQuotesTheBuyerIsToldAndMayExtendOrLetItLapse() throws Exception {
    ActivatedJob started = openWithTwoInvited();
    play.passTime(Duration.ofHours(1).plusMinutes(1));
    review(true, 0, inAnHour());
    play.complete(play.activate(RfqNegotiationProcess.JOB_NO_QUOTES), Map.of());
    play.publish(
        RfqNegotiationProcess.MESSAGE_EXTENDED, "1", Map.of(Variables.CLOSES_AT, inDays(2)));
    instance(started).isWaitingAtElements("Gateway_Collect");

    play.passTime(Duration.ofDays(2).plusMinutes(1));
    review(true, 0, inAnHour());
    play.complete(play.activate(RfqNegotiationProcess.JOB_NO_QUOTES), Map.of());
    play.passTime(Duration.ofDays(14).plusMinutes(1));
    ActivatedJob lapse = play.activate(RfqNegotiationProcess.JOB_CLOSE);
    assertThat(lapse.getVariablesAsMap()).containsEntry(Variables.OUTCOME, "CANCELLED");
    play.complete(lapse, Map.of());
    instance(started).hasPassedElement("EndEvent_Lapsed").isCompleted();
  }

  @Test
  void aCounterOfferIsScoredAgainAndAnExpiryWithNothingLeftGoesBackToTheBuyer() throws Exception {
    ActivatedJob started = openWithTwoInvited();
    play.publish(RfqNegotiationProcess.MESSAGE_RESPONSE, "1", Map.of());
    review(true, 1, inAnHour());
    score(inDays(2));
    decide("COUNTER");
    score(inAnHour()); // the counter-offer's answer-by time comes first
    play.publish(RfqNegotiationProcess.MESSAGE_RESPONSE, "1", Map.of()); // the seller answered
    score(inAnHour());

    play.passTime(Duration.ofHours(1).plusMinutes(1));
    play.complete(
        play.activate(RfqNegotiationProcess.JOB_EXPIRE), Map.of(Variables.OPEN_QUOTES, 1));
    score(inDays(1));
    play.passTime(Duration.ofDays(1).plusMinutes(1));
    play.complete(
        play.activate(RfqNegotiationProcess.JOB_EXPIRE), Map.of(Variables.OPEN_QUOTES, 0));
    play.complete(play.activate(RfqNegotiationProcess.JOB_NO_QUOTES), Map.of());
    instance(started)
        .hasPassedElement("Task_TellNoQuotes")
        .isWaitingAtElements("Gateway_BuyerChoice");
  }

  @Test
  void rejectingAllTellsTheSellersAndCancellingWorksAtAnyStage() throws Exception {
    ActivatedJob rejected = openWithTwoInvited();
    play.publish(RfqNegotiationProcess.MESSAGE_RESPONSE, "1", Map.of());
    review(true, 1, inAnHour());
    score(inDays(2));
    decide("REJECT");
    ActivatedJob close = play.activate(RfqNegotiationProcess.JOB_CLOSE);
    assertThat(close.getVariablesAsMap()).containsEntry(Variables.OUTCOME, "REJECTED");
    play.complete(close, Map.of());
    instance(rejected).hasPassedElement("EndEvent_Rejected").isCompleted();

    play.publish(RfqNegotiationProcess.MESSAGE_RFQ_CREATED, "2", Map.of(Variables.RFQ_ID, 2));
    ActivatedJob shortlist = play.activate(RfqNegotiationProcess.JOB_SHORTLIST);
    play.complete(
        shortlist, Map.of(Variables.INVITATIONS, List.of(), Variables.CLOSES_AT, inAnHour()));
    play.publish(RfqNegotiationProcess.MESSAGE_CANCELLED, "2", Map.of());
    ActivatedJob cancel = play.activate(RfqNegotiationProcess.JOB_CLOSE);
    assertThat(cancel.getVariablesAsMap())
        .containsEntry(Variables.OUTCOME, "CANCELLED")
        .containsEntry(Variables.RFQ_ID, 2);
    play.complete(cancel, Map.of());
    instance(shortlist).hasPassedElement("EndEvent_Cancelled").isCompleted();
  }
}
