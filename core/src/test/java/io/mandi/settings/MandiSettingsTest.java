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
          assertThat(settings.escrow().inspectionPeriod()).isEqualTo(Duration.ofDays(3));
          assertThat(settings.login().lockWindow()).isEqualTo(Duration.ofMinutes(15));
        });
  }

  @Test
  void aConfiguredValueReplacesItsDefault() {
    context
        .withPropertyValues("mandi.escrow.payment-window=PT2H", "mandi.vendor.max-rounds=5")
        .run(
            started -> {
              MandiSettings settings = started.getBean(MandiSettings.class);
              assertThat(settings.escrow().paymentWindow()).isEqualTo(Duration.ofHours(2));
              assertThat(settings.vendor().maxRounds()).isEqualTo(5);
              assertThat(settings.escrow().mediationSla()).isEqualTo(Duration.ofDays(2));
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
        .withPropertyValues("mandi.escrow.inspection-period=-P1D")
        .run(
            started ->
                assertThat(started.getStartupFailure())
                    .isNotNull()
                    .hasStackTraceContaining("escrow windows must be positive"));
  }
}
