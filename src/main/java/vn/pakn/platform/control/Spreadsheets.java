package vn.pakn.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Tables as officials open them: CSV (UTF-8 with a byte-order mark so spreadsheet programs read
 * Vietnamese correctly; every cell quoted; a cell starting with {@code = + - @} prefixed with an
 * apostrophe so it is never run as a formula) and XLSX (a title, a bold header, numbers as
 * numbers).
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  public static byte[] csv(List<String> header, List<List<Object>> rows) {
    var out = new StringBuilder("\uFEFF");
    out.append(line(header.stream().map(Spreadsheets::text).toList()));
    for (List<Object> row : rows) {
      out.append(line(row.stream().map(Spreadsheets::text).toList()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(
      String sheetName, String title, List<String> header, List<List<Object>> rows) {
    var out = new ByteArrayOutputStream();
    try (var workbook = new Workbook(out, "PAKN", "1.0")) {
      var sheet = workbook.newWorksheet(sheetName);
      sheet.value(0, 0, title);
      for (int c = 0; c < header.size(); c++) {
        sheet.value(2, c, header.get(c));
        sheet.style(2, c).bold().set();
      }
      int r = 3;
      for (List<Object> row : rows) {
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof Number n) {
            sheet.value(r, c, n);
          } else {
            sheet.value(r, c, v == null ? "" : String.valueOf(v));
          }
        }
        r++;
      }
      sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  static String line(List<String> cells) {
    var line = new StringBuilder();
    for (String cell : cells) {
      if (line.length() > 0) {
        line.append(',');
      }
      String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
      line.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }
    return line.append("\r\n").toString();
  }
}
