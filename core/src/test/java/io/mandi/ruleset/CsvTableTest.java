package io.mandi.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotedCellsWithCommasQuotesAndLineBreaksSurviveARoundTrip() {
    String csv =
        "RuleSet,io.mandi.credit.rules\n"
            + ",\"decisions.add(new X($1, \"\"$2\"\"));\"\n"
            + "Notes,\"two\nlines\"\n";

    List<List<String>> rows = CsvTable.parse(csv);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).containsExactly("", "decisions.add(new X($1, \"$2\"));");
    assertThat(rows.get(2)).containsExactly("Notes", "two\nlines");
    assertThat(CsvTable.write(rows)).isEqualTo(csv);
  }

  @Test
  void windowsLineEndsAndAMissingLastLineEndAreRead() {
    assertThat(CsvTable.parse("a,b\r\nc,")).containsExactly(List.of("a", "b"), List.of("c", ""));
  }
}
