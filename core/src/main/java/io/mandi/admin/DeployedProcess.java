package io.mandi.admin;

public record DeployedProcess(
    String bpmnProcessId, int version, long processDefinitionKey, long runningInstances) {}
