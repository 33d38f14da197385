package io.mandi.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MandiSettingsTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(SettingsConfig.class);

  @Test
  void everySettingHasItsDefaultWhenNothingIsConfigured() {
    context.run(
        started -> {
          MandiSettings settings = started.getBean(MandiSettings.class);
          assertThat(settings.vendor().maxRounds()).isEqualTo(3);
          assertThat(settings.escrow().commissionRate()).isEqualByComparingTo("0.05");
          assertThat(settings.rules().shadowRequests()).isEqualTo(500);
          assertThat(settings.login().lockWindow()).isEqualTo(Duration.ofMinutes(15));
        });
  }

  @Test
  void aConfiguredValueReplacesItsDefault() {
    context
        .withPropertyValues("mandi.recovery.interval=PT2M", "mandi.vendor.max-rounds=5")
        .run(
            started -> {
              MandiSettings settings = started.getBean(MandiSettings.class);
              assertThat(settings.recovery().interval()).isEqualTo(Duration.ofMinutes(2));
              assertThat(settings.vendor().maxRounds()).isEqualTo(5);
              assertThat(settings.recovery().firstBackoff()).isEqualTo(Duration.ofMinutes(1));
            });
  }

  @Test
  void aWrongValueStopsTheStartNamingTheSetting() {
    context
        .withPropertyValues("mandi.vendor.max-rounds=0", "mandi.escrow.commission-rate=0.9")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .isNotNull()
                    .hasStackTraceContaining("vendor.maxRounds")
                    .hasStackTraceContaining("escrow.commissionRate"));
    context
        .withPropertyValues("mandi.recovery.interval=-PT1M")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .isNotNull()
                    .hasStackTraceContaining(
                        "recovery interval and first-backoff must be positive"));
  }

  @Test
  void aDurationSetAsASettingStopsTheStartPointingToTheRuleSet() {
    context
        .withPropertyValues("mandi.escrow.inspection-period=P5D")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .isNotNull()
                    .hasStackTraceContaining("mandi.escrow.inspection-period")
                    .hasStackTraceContaining("'Dispute and SLA durations' rule set"));
  }
}
