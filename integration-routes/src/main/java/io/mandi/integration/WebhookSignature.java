package io.mandi.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over the raw request body, hex encoded, as the gateway signs its webhooks. */
public final class WebhookSignature {
  private WebhookSignature() {}

  public static String sign(byte[] rawBody, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(rawBody));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Constant-time comparison, so the signature cannot be guessed byte by byte. */
  public static boolean verify(byte[] rawBody, String signature, String secret) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(rawBody, secret).getBytes(StandardCharsets.US_ASCII),
        signature.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
