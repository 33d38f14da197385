package io.mandi.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
@EnableConfigurationProperties(MandiSettings.class)
class SettingsConfig {

  SettingsConfig(Environment environment) {
    RetiredSettings.refuse(environment);
  }
}
