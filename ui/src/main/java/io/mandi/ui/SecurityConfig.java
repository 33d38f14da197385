package io.mandi.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import io.mandi.account.AccountService;
import io.mandi.account.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
class SecurityConfig extends VaadinWebSecurity {

  /**
   * Vaadin needs inline styles and its own inline bootstrap script; everything else comes from this
   * origin only.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
          + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; "
          + "base-uri 'self'; object-src 'none'";

  private final LoginThrottle throttle;

  SecurityConfig(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    // Webhooks authenticate by their HMAC signature, not by a login or a CSRF token. The error
    // page is public, so a refused request gets its own status, never a redirect to the login.
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(
                    "/actuator/health/**", "/actuator/prometheus", "/webhooks/**", "/error")
                .permitAll());
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"));
    http.addFilterBefore(
        new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    referrer ->
                        referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(
                    permissions ->
                        permissions.policy(
                            "camera=(), microphone=(), geolocation=(), payment=()")));
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
