package io.mandi.admin;

import java.time.Instant;

/** A model an admin uploaded and the engine deployed. */
public record ProcessUpload(
    long id,
    String processId,
    String fileName,
    byte[] content,
    String shippedDigest,
    int deployedVersion,
    long definitionKey,
    String uploadedBy,
    Instant uploadedAt) {}
