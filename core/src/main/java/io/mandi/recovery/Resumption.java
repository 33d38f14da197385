package io.mandi.recovery;

/** An order to be started again at the step its recorded facts say it waits in. */
public record Resumption(OrderFacts order, WaitingStep step) {}
