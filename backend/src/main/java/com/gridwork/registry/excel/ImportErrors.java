package com.gridwork.registry.excel;

import com.gridwork.common.i18n.Messages;
import com.gridwork.registry.excel.ImportReport.ImportError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The errors of one import, in the reader's language: all counted, the first {@value #MAX_LISTED} found listed. */
final class ImportErrors {
    static final int MAX_LISTED = 1000;

    private final Messages messages;
    private final Locale locale;
    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    ImportErrors(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(RowError error) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(new ImportError(
                    error.row(),
                    error.column() == null ? "" : error.column().header(),
                    messages.get(locale, error.key(), error.args().toArray())));
        }
    }

    void addAll(Collection<RowError> errors) {
        errors.forEach(this::add);
    }

    int count() {
        return count;
    }

    /** The listed errors in row order; within a row, in the order they were found. */
    List<ImportError> inRowOrder() {
        // Errors are found row by row, rule by rule (some only after the last row).
        List<ImportError> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparingInt(ImportError::row));
        return List.copyOf(sorted);
    }
}
