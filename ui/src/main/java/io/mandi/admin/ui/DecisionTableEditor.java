package io.mandi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.ruleset.CsvTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision table edited cell by cell: each row of the CSV is a grid row, each cell a field. The
 * header rows (rule set, imports, condition templates) are cells too; rule rows can be added at the
 * end or removed from it.
 */
class DecisionTableEditor extends VerticalLayout {
  private final List<List<String>> rows = new ArrayList<>();
  private final Grid<List<String>> grid = new Grid<>();
  private int columns;

  DecisionTableEditor(String csv, boolean readOnly) {
    setPadding(false);
    for (List<String> row : CsvTable.parse(csv)) {
      rows.add(new ArrayList<>(row));
      columns = Math.max(columns, row.size());
    }
    rows.forEach(this::pad);
    for (int c = 0; c < columns; c++) {
      int column = c;
      grid.addComponentColumn(row -> cell(row, column, readOnly))
          .setHeader(String.valueOf((char) ('A' + Math.min(column, 25))))
          .setWidth(column == 0 ? "14em" : "12em")
          .setFlexGrow(column == columns - 1 ? 1 : 0);
    }
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    grid.addClassName("decision-table");
    add(grid);
    if (!readOnly) {
      Button addRow =
          new Button(
              "Add a rule row",
              click -> {
                List<String> row = new ArrayList<>();
                pad(row);
                rows.add(row);
                grid.setItems(rows);
              });
      Button removeRow =
          new Button(
              "Remove the last row",
              click -> {
                if (!rows.isEmpty()) {
                  rows.removeLast();
                  grid.setItems(rows);
                }
              });
      removeRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      FlexLayout actions = new FlexLayout(addRow, removeRow);
      actions.getStyle().set("gap", "var(--lumo-space-s)");
      add(actions);
    }
  }

  /** The table as CSV, trailing empty cells of a row dropped. */
  String csv() {
    List<List<String>> trimmed = new ArrayList<>();
    for (List<String> row : rows) {
      int end = row.size();
      while (end > 1 && row.get(end - 1).isEmpty()) {
        end--;
      }
      trimmed.add(row.subList(0, end));
    }
    return CsvTable.write(trimmed);
  }

  private TextField cell(List<String> row, int column, boolean readOnly) {
    TextField field = new TextField();
    field.setWidthFull();
    field.setValue(row.get(column));
    field.setReadOnly(readOnly);
    field.setMaxLength(2000);
    field
        .getElement()
        .setAttribute("aria-label", "Row " + (rows.indexOf(row) + 1) + " column " + (column + 1));
    field.addValueChangeListener(change -> row.set(column, change.getValue()));
    return field;
  }

  private void pad(List<String> row) {
    while (row.size() < columns) {
      row.add("");
    }
  }
}
