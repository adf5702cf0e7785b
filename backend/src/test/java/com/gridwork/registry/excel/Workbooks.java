package com.gridwork.registry.excel;

import com.gridwork.common.crypto.IdCards;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds import files in code (fastexcel) and reads exported ones, for tests. */
final class Workbooks {
    static final List<String> HEADERS =
            Arrays.stream(RegistryColumn.values()).map(RegistryColumn::header).toList();

    private Workbooks() {}

    /**
     * A valid ID number nobody else in the test database has (random sequence and birth date; born 1930..1994, so
     * before any move-in date the tests use; division 110108, which the generator does not use).
     */
    static String idNumber(boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1930 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "110108"
                + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
        return first17 + IdCards.checkCharacter(first17);
    }

    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** An import sheet: header row (all template columns), then one row per {@link #row} call. */
    static final class Sheet {
        private final List<Map<String, Object>> rows = new ArrayList<>();

        /** Header → value pairs; values are written as text, except LocalDate (an Excel date) and numbers. */
        Sheet row(Object... headerValuePairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < headerValuePairs.length; i += 2) {
                row.put((String) headerValuePairs[i], headerValuePairs[i + 1]);
            }
            rows.add(row);
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Workbook workbook = new Workbook(out, "test", "1.0")) {
                Worksheet sheet = workbook.newWorksheet("住户居民");
                for (int c = 0; c < HEADERS.size(); c++) {
                    sheet.value(0, c, HEADERS.get(c));
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (Map.Entry<String, Object> cell : rows.get(r).entrySet()) {
                        int c = HEADERS.indexOf(cell.getKey());
                        if (c < 0) {
                            throw new IllegalArgumentException("no column " + cell.getKey());
                        }
                        cell(sheet, r + 1, c, cell.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Writes a cell: text, except LocalDate (an Excel date) and numbers; null leaves it empty. */
    static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    /** The rows of a sheet as text (header first). */
    static List<List<String>> read(byte[] xlsx, int sheetIndex) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheet(sheetIndex).orElseThrow().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(SheetCells.text(row, i));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sheetName(byte[] xlsx, int sheetIndex) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheet(sheetIndex).orElseThrow().getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
