package com.gridwork.registry.excel;

import com.gridwork.common.error.ApiProblem;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Parse: the first sheet of an uploaded workbook, streamed (bounded memory whatever its size). The header row says
 * where each column is: headers are matched by name, so columns come in any order and unknown ones (such as the
 * export's 状态) are ignored. Then each non-blank data row comes as a {@link SheetRow}. A file that is not a readable
 * .xlsx is a 400, as is one whose sheet is empty.
 */
final class ImportSheet implements AutoCloseable {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    /** Where each known column is (0-based cell index), and the required columns the header lacks. */
    record Header(Map<RegistryColumn, Integer> columns, List<RowError> missing) {}

    private ImportSheet(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static ImportSheet open(Path file) {
        return readable(() -> {
            ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
            try {
                return new ImportSheet(workbook, workbook.getFirstSheet().openStream());
            } catch (IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        });
    }

    /** Reads the header row; call it once, before {@link #rows}. */
    Header header() {
        return readable(() -> {
            if (!rows.hasNext()) {
                throw ApiProblem.badRequest("import.file.empty");
            }
            Row header = rows.next();
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String text = SheetCells.text(header, i);
                if (text != null) {
                    byName.putIfAbsent(text.replace("*", "").strip(), i);
                }
            }
            Map<RegistryColumn, Integer> columns = new EnumMap<>(RegistryColumn.class);
            List<RowError> missing = new ArrayList<>();
            for (RegistryColumn column : RegistryColumn.values()) {
                Integer index = byName.get(column.header());
                if (index != null) {
                    columns.put(column, index);
                } else if (column.required()) {
                    missing.add(RowError.of(header.getRowNum(), column, "import.header.missing", column.header()));
                }
            }
            return new Header(Collections.unmodifiableMap(columns), List.copyOf(missing));
        });
    }

    /** The non-blank data rows after the header, read as {@code header} places the columns; one pass only. */
    Iterable<SheetRow> rows(Header header) {
        return () -> new Iterator<>() {
            private SheetRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readable(() -> nextFilled(header));
                }
                return next != null;
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = next;
                next = null;
                return row;
            }
        };
    }

    private SheetRow nextFilled(Header header) {
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!SheetCells.isBlank(row)) {
                return read(row, header.columns());
            }
        }
        return null;
    }

    private static SheetRow read(Row row, Map<RegistryColumn, Integer> columns) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        columns.forEach((column, index) -> {
            String text = column == RegistryColumn.MOVE_IN_DATE ? null : SheetCells.text(row, index);
            if (text != null) {
                cells.put(column, text);
            }
        });
        Integer idCard = columns.get(RegistryColumn.ID_CARD);
        Integer date = columns.get(RegistryColumn.MOVE_IN_DATE);
        LocalDate moveInDate = null;
        boolean invalidDate = false;
        if (date != null) {
            try {
                moveInDate = SheetCells.date(row, date);
            } catch (IllegalArgumentException e) {
                invalidDate = true;
            }
        }
        return new SheetRow(
                row.getRowNum(), cells, idCard != null && SheetCells.isNumber(row, idCard), moveInDate, invalidDate);
    }

    @Override
    public void close() {
        readable(() -> {
            try (workbook;
                    stream) {
                return null;
            }
        });
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** A step of reading the file: what fastexcel throws for a file that is no readable workbook becomes a 400. */
    private static <T> T readable(Step<T> step) {
        try {
            return step.run();
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw ApiProblem.badRequest("import.file.invalid");
        } catch (RuntimeException e) {
            if (e instanceof ApiProblem) {
                throw e;
            }
            // fastexcel wraps XML and zip problems in runtime exceptions of its own
            if (e.getClass().getName().startsWith("org.dhatim") || e.getCause() instanceof XMLStreamException) {
                throw ApiProblem.badRequest("import.file.invalid");
            }
            throw e;
        }
    }
}
