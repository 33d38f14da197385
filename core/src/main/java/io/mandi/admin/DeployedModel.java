package io.mandi.admin;

/** A model the engine took: the process, the version it became and its definition key. */
public record DeployedModel(String processId, int version, long definitionKey) {}
