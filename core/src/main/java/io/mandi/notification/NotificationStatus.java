package io.mandi.notification;

public enum NotificationStatus {
  PENDING,
  SENT,
  FAILED
}
