package io.mandi.admin;

import java.time.Instant;

/** An upload of a process model (deployed or refused), or what a release did to one. */
public record ProcessAuditEntry(
    long id,
    String processId,
    String fileName,
    String action,
    String actor,
    Instant at,
    String detail) {}
