package io.mandi.recovery;

/** Port: chooses the remedy for a recovery case (implemented with Drools rules). */
public interface RemedyPolicy {

  RemedyDecision decide(RemedyFacts facts);
}
