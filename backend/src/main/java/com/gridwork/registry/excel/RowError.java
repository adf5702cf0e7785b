package com.gridwork.registry.excel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A rule that a row of an import file breaks, before it is put in the reader's words: the row as Excel numbers it (1
 * is the header), the column (null: the row as a whole), the message key and its arguments.
 */
record RowError(int row, RegistryColumn column, String key, List<Object> args) {
    static RowError of(int row, RegistryColumn column, String key, Object... args) {
        return new RowError(row, column, key, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }
}
