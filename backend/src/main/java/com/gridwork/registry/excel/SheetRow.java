package com.gridwork.registry.excel;

import java.time.LocalDate;
import java.util.Map;

/**
 * One non-blank data row of an import sheet as read, before any rule: its number as Excel shows it, the trimmed text
 * of each column's cell (absent when blank or when the file has no such column), whether the ID number was typed as
 * a number (Excel then rounds what follows its 15th digit), and the move-in date read as a date (an Excel date or
 * text; {@code moveInDateInvalid} when the cell holds something else).
 */
record SheetRow(
        int row,
        Map<RegistryColumn, String> cells,
        boolean idCardIsNumber,
        LocalDate moveInDate,
        boolean moveInDateInvalid) {
    String text(RegistryColumn column) {
        return cells.get(column);
    }
}
