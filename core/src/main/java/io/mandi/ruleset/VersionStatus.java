package io.mandi.ruleset;

/** Where a version of a rule set stands. Exactly one version of a set is published. */
public enum VersionStatus {
  DRAFT("Draft"),
  AWAITING_APPROVAL("Waiting for a second admin"),
  PUBLISHED("Published"),
  RETIRED("Retired"),
  DISCARDED("Discarded");

  private final String label;

  VersionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
