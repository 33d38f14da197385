package io.mandi.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import io.mandi.account.AccountService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@Configuration
@EnableWebSecurity
class SecurityConfig extends VaadinWebSecurity {

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    // Webhooks authenticate by their HMAC signature, not by a login or a CSRF token.
    http.authorizeHttpRequests(
        requests -> requests.requestMatchers("/actuator/health/**", "/webhooks/**").permitAll());
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"));
    super.configure(http);
    setLoginView(http, LoginView.class);
  }

  @Bean
  UserDetailsService userDetailsService(AccountService accounts) {
    return username ->
        accounts
            .findUser(username)
            .map(MandiUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
  }
}
