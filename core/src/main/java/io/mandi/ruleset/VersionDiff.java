package io.mandi.ruleset;

import java.util.ArrayList;
import java.util.List;

/** A line diff between two versions' texts (longest common subsequence of lines). */
public final class VersionDiff {
  /** Rule texts are short; beyond this many lines a diff would cost too much memory. */
  static final int MAX_LINES = 2000;

  public enum Kind {
    SAME,
    ADDED,
    REMOVED
  }

  public record Line(Kind kind, String text) {

    @Override
    public String toString() {
      return switch (kind) {
        case SAME -> "  " + text;
        case ADDED -> "+ " + text;
        case REMOVED -> "- " + text;
      };
    }
  }

  private VersionDiff() {}

  public static List<Line> between(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
      throw new RuleSetRefusedException("These versions are too long to compare line by line");
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        lines.add(new Line(Kind.SAME, a[i++]));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Kind.REMOVED, a[i++]));
      } else {
        lines.add(new Line(Kind.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      lines.add(new Line(Kind.REMOVED, a[i++]));
    }
    while (j < b.length) {
      lines.add(new Line(Kind.ADDED, b[j++]));
    }
    return lines;
  }
}
