package io.mandi.ruleset.rules;

import io.mandi.ruleset.CsvTable;
import io.mandi.ruleset.RuleSetRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision table file an admin imports: a CSV as it is, or the first sheet of an Excel workbook
 * (.xlsx) read cell by cell as it displays, turned into the CSV the grid editor and the compiler
 * take.
 */
final class DecisionTableFiles {
  /** Decision tables are a few hundred cells; a sheet bigger than this is not one. */
  static final int MAX_ROWS = 2_000;

  static final int MAX_COLUMNS = 60;

  private DecisionTableFiles() {}

  static String toCsv(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return new String(content, StandardCharsets.UTF_8);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return CsvTable.write(firstSheet(content));
    }
    throw new RuleSetRefusedException("A decision table is a .xlsx or .csv file");
  }

  /** A decision table as an Excel workbook of one sheet, every cell as the text it holds. */
  static byte[] toWorkbook(String sheetName, String csv) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      List<List<String>> rows = CsvTable.parse(csv);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("The workbook could not be written", e);
    }
  }

  private static List<List<String>> firstSheet(byte[] content) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new RuleSetRefusedException("The workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() >= MAX_ROWS) {
        throw new RuleSetRefusedException("The sheet has more than " + MAX_ROWS + " rows");
      }
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        int last = row == null ? 0 : Math.min(row.getLastCellNum(), MAX_COLUMNS);
        for (int c = 0; c < last; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : shown.formatCellValue(cell));
        }
        rows.add(cells.isEmpty() ? List.of("") : cells);
      }
      return rows;
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof RuleSetRefusedException refused) {
        throw refused;
      }
      throw new RuleSetRefusedException("The workbook cannot be read: " + unreadable.getMessage());
    }
  }
}
