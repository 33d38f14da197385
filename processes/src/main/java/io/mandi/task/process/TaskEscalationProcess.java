package io.mandi.task.process;

/** Names in task-escalation.bpmn that code refers to; the contract test keeps them in sync. */
public final class TaskEscalationProcess {
  public static final String PROCESS_ID = "task-escalation";
  public static final String RESOURCE = "bpmn/task-escalation.bpmn";

  public static final String JOB_ESCALATE_OVERDUE = "task-escalate-overdue";

  /** The engine's time when the job was created, as FEEL prints a date and time. */
  public static final String VARIABLE_AS_OF = "asOf";

  private TaskEscalationProcess() {}

  /**
   * Reads {@link #VARIABLE_AS_OF}: FEEL prints a date and time with an offset, and a zone either as
   * "@Zone" or "[Zone]"; the offset alone fixes the instant.
   */
  public static java.time.Instant asOf(String feelDateTime) {
    if (feelDateTime == null || feelDateTime.isBlank()) {
      throw new IllegalArgumentException("No time given");
    }
    String text = feelDateTime.strip();
    int zone = Math.max(text.indexOf('@'), text.indexOf('['));
    if (zone > 0) {
      String withOffset = text.substring(0, zone);
      if (withOffset.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")) {
        return java.time.OffsetDateTime.parse(withOffset).toInstant();
      }
      return java.time.LocalDateTime.parse(withOffset)
          .atZone(java.time.ZoneId.of(text.substring(zone + 1).replace("]", "")))
          .toInstant();
    }
    return java.time.OffsetDateTime.parse(text).toInstant();
  }
}
