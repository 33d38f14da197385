package io.mandi.process.worker;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param engineTimeout how long the application waits at start for the process engine to answer and
 *     take the models; past it, the start fails with the reason
 */
@Validated
@ConfigurationProperties("mandi.startup")
public record EngineStartProperties(@NotNull @DefaultValue("PT2M") Duration engineTimeout) {}
