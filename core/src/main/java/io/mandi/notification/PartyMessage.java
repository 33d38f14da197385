package io.mandi.notification;

import io.mandi.notification.Notice.Audience;
import java.util.List;

/**
 * A WhatsApp message to one buyer or seller about something other than an order (a request for
 * quotation), stored before it is sent and sent once per key.
 *
 * @param partyId the buyer's or seller's id, by the audience: only that party lists the message
 * @param summary what the message says, in words, for the in-app list
 */
public record PartyMessage(
    String key,
    long rfqId,
    Audience audience,
    long partyId,
    String phone,
    String template,
    List<String> parameters,
    String summary) {}
