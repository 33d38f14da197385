package io.mandi.integration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps webhook bodies before anything reads them: a declared length over the cap is refused with
 * 413 unread, a streamed body is read only up to the cap, and a body declared as anything but JSON
 * is refused with 415. Bodies with a NUL byte are refused with 400 (JSON never carries one raw), so
 * nothing downstream, the database included, ever sees one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class WebhookBodyLimitFilter extends OncePerRequestFilter {
  public static final int MAX_BODY_BYTES = 1024 * 1024;
  static final String PATH_PREFIX = "/webhooks/";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(PATH_PREFIX);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, 413, "body larger than " + MAX_BODY_BYTES + " bytes");
      return;
    }
    if (!isJsonOrUnstated(request.getContentType())) {
      // platforms send JSON; a form post would otherwise be read as form fields, not as the body
      refuse(response, 415, "body must be application/json");
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, 413, "body larger than " + MAX_BODY_BYTES + " bytes");
      return;
    }
    for (byte b : body) {
      if (b == 0) {
        refuse(response, 400, "body contains a NUL byte");
        return;
      }
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private static boolean isJsonOrUnstated(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** Answers machine callers in JSON; the message is ours, never an echo of their input. */
  public static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getWriter().write(WebhookReplies.errorJson(message));
  }

  /** The request with its body already read, so the route reads the same bytes. */
  private static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("webhook bodies are read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
