package io.mandi.notification;

import java.util.List;

/** A pre-approved template message (WhatsApp only allows templates to start a conversation). */
public record OutgoingMessage(
    String recipientPhone, String template, String languageCode, List<String> bodyParameters) {}
