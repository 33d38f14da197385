package io.mandi.process.worker;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/** Deploys every BPMN model at start-up; the engine keeps a new version only if one changed. */
@Configuration
@Deployment(resources = "classpath*:/bpmn/*.bpmn")
class ProcessDeployment {}
