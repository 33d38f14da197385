package io.mandi.integration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the inbound routes may answer under {@code /webhooks/}. The web server takes requests a few
 * seconds before Camel has started them, and anything unmatched would reach the UI and get its page
 * with a 200, which a platform takes as delivered. So until the routes run the answer is 503 (the
 * platform sends again), and a path no route serves is a 404.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebhookAvailabilityFilter extends OncePerRequestFilter {
  private final CamelContext camel;
  private volatile Set<String> servedPaths;

  public WebhookAvailabilityFilter(CamelContext camel) {
    this.camel = camel;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(WebhookBodyLimitFilter.PATH_PREFIX);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!camel.getStatus().isStarted()) {
      response.setHeader("Retry-After", "5");
      WebhookBodyLimitFilter.refuse(response, 503, "starting, send it again");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!servedPaths().contains(path)) {
      WebhookBodyLimitFilter.refuse(response, 404, "no webhook at this address");
      return;
    }
    chain.doFilter(request, response);
  }

  private Set<String> servedPaths() {
    Set<String> paths = servedPaths;
    if (paths == null) {
      paths =
          camel.getEndpoints().stream()
              .filter(PlatformHttpEndpoint.class::isInstance)
              .map(endpoint -> ((PlatformHttpEndpoint) endpoint).getPath())
              .collect(Collectors.toUnmodifiableSet());
      servedPaths = paths;
    }
    return paths;
  }
}
