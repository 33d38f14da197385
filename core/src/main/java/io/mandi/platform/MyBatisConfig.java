package io.mandi.platform;

import java.util.UUID;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MyBatisConfig {

  /** Columns map to record components by name: snake_case in SQL, camelCase in Java. */
  @Bean
  ConfigurationCustomizer mandiMyBatisSettings() {
    return configuration -> {
      configuration.setMapUnderscoreToCamelCase(true);
      configuration.setArgNameBasedConstructorAutoMapping(true);
      configuration.getTypeHandlerRegistry().register(UUID.class, new UuidTypeHandler());
    };
  }
}
