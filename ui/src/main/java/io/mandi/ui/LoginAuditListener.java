package io.mandi.ui;

import io.mandi.account.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records every log-in outcome for the throttle and the audit trail. */
@Component
class LoginAuditListener {
  private final LoginThrottle throttle;

  LoginAuditListener(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : "";
  }
}
