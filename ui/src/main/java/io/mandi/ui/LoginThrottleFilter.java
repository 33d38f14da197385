package io.mandi.ui;

import io.mandi.account.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a log-in with 429 before the password is checked when the user or the address has failed
 * too often; the page says so plainly and when to try again.
 */
class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (throttle.refuse(request.getParameter("username"), request.getRemoteAddr())) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(throttle.window().toSeconds()));
      response.setContentType("text/html;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<!doctype html><title>Too many attempts | Mandi</title>"
                  + "<p>Too many failed log-ins for this user or from this address. Please try"
                  + " again in "
                  + throttle.window().toMinutes()
                  + " minutes, or ask an administrator.</p><p><a href=\"login\">Back</a></p>");
      return;
    }
    chain.doFilter(request, response);
  }
}
