package com.gridwork.registry.excel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reading cell values the way people fill in sheets: trimmed text, numbers typed as text, dates two ways. */
final class SheetCells {
    private static final DateTimeFormatter DASHED =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private SheetCells() {}

    static Cell cell(Row row, int index) {
        if (index < 0 || index >= row.getCellCount()) {
            return null;
        }
        return row.getCell(index);
    }

    /** The cell as trimmed text (numbers without exponent or trailing zeros); null when blank. */
    static String text(Row row, int index) {
        Cell cell = cell(row, index);
        if (cell == null) {
            return null;
        }
        String value;
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            value = number == null ? null : number.stripTrailingZeros().toPlainString();
        } else if (type == CellType.STRING) {
            value = cell.asString();
        } else if (type == CellType.BOOLEAN) {
            value = String.valueOf(cell.asBoolean());
        } else if (type == CellType.FORMULA) {
            value = cell.getRawValue();
        } else {
            value = null;
        }
        if (value == null) {
            return null;
        }
        // Non-breaking and full-width spaces come in with copied text.
        value = value.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
        return value.isEmpty() ? null : value;
    }

    static boolean isNumber(Row row, int index) {
        Cell cell = cell(row, index);
        return cell != null && cell.getType() == CellType.NUMBER;
    }

    static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (text(row, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date from an Excel date cell (a serial number) or from text: 2020-05-01, 2020/5/1, 2020.5.1, 20200501,
     * 2020年5月1日. Throws {@link IllegalArgumentException} when neither.
     */
    static LocalDate date(Row row, int index) {
        Cell cell = cell(row, index);
        if (cell != null && cell.getType() == CellType.NUMBER) {
            try {
                return cell.asDate().toLocalDate();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a date");
            }
        }
        String text = text(row, index);
        if (text == null) {
            return null;
        }
        String normalized = text.replace('/', '-')
                .replace('.', '-')
                .replace("年", "-")
                .replace("月", "-")
                .replace("日", "");
        // A date-time typed as text ("2020-05-01 00:00:00") keeps its date.
        int space = normalized.indexOf(' ');
        if (space > 0) {
            normalized = normalized.substring(0, space);
        }
        try {
            return normalized.length() == 8 && normalized.chars().allMatch(Character::isDigit)
                    ? LocalDate.parse(normalized, COMPACT)
                    : LocalDate.parse(normalized, DASHED);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date");
        }
    }
}
