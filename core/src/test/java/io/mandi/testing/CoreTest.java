package io.mandi.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** A core test on the real PostgreSQL, sharing one Spring context across test classes. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The sweep may take an entry at once and retry at once: tests drive it by hand, never by waiting.
@SpringBootTest(
    classes = io.mandi.CoreTestApplication.class,
    properties = {
      "mandi.outbox.grace=PT0S",
      "mandi.outbox.first-retry=PT0S",
      "mandi.recovery.ops-phone=+919800000001"
    })
public @interface CoreTest {}
