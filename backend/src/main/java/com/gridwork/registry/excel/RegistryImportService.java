package com.gridwork.registry.excel;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Messages;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.excel.ImportReport.ImportCounts;
import com.gridwork.registry.household.Household;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Excel import of households with their residents (one row per resident, the household's columns repeated).
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li><b>Atomic per file.</b> The whole file is validated first; if any row is bad, nothing is written and the
 * report lists every error (row as Excel numbers it, column header, localised message; the first
 * {@value ImportErrors#MAX_LISTED} are listed, {@code errorCount} has them all). A dry run never writes; without errors
 * it reports what a real run would create, update and leave unchanged. A real run writes everything in one
 * transaction (timeout {@value #TIMEOUT_SECONDS} s) or nothing.</li>
 * <li><b>Idempotent.</b> Households are matched by their location ({@link Household#addressKey}: building + unit
 * + room, or grid + free address; the active household with the lowest id when several share it), residents by
 * the keyed hash of their ID card number. Re-importing the same file creates and changes nothing (all
 * "unchanged", versions untouched). A changed field updates the record (version + 1) and writes a history event:
 * {@code IMPORTED} for a household, {@code MEMBER_UPDATED} for a resident, whose detail lists the changed API field
 * names (e.g. {@code housingType,phone}) for the screens to name in the reader's language. A resident the registry has in another
 * household moves to the file's household ({@code MEMBER_LEFT} on the old one, {@code MEMBER_JOINED} on the new);
 * a moved-out household or resident listed in the file becomes active again.</li>
 * <li><b>The file is authoritative for what it lists</b>: the columns of a listed household or resident replace
 * the stored values (an empty optional cell clears the value, tag cells replace the tag set). Members of a listed
 * household that the file does not list are left as they are (nobody is moved out by an import). Each household
 * in the file needs exactly one row with relation 户主; that resident becomes the household's head.</li>
 * <li><b>Scope.</b> Every grid must be in the caller's scope (else the row is refused as if the grid did not
 * exist). An ID number already registered to a resident outside the caller's scope is refused without saying
 * where.</li>
 * <li><b>Personal data</b> is stored as the app stores it: AES-GCM ciphertext, keyed hash and masked form of ID and
 * phone numbers; gender and birth date come from the ID number. The import is audited ({@code IMPORT}, with the
 * counts); logs carry counts only.</li>
 * <li><b>Bounded memory.</b> The upload is a temporary file; it is read twice with a streaming reader (validation,
 * then import in chunks of {@value #CHUNK} rows with one lookup query per table and multi-row inserts). What stays
 * in memory for the whole file is one small entry per household and one hash per ID number.</li>
 * </ul>
 *
 * <h2>Stages</h2>
 * Parse ({@link ImportSheet}: the sheet's rows as text), validate ({@link RowValidator}: a row's own rules and its
 * values resolved; {@link FileRules}: the rules across rows; {@link ImportLookups}: the places in scope and ID numbers
 * registered elsewhere), write ({@link ImportWriter}). Each stage hands the next records ({@link SheetRow},
 * {@link ImportRow}, {@link RowError}); this class runs the two passes over the file in one transaction.
 */
@ApplicationScoped
public class RegistryImportService {
    private static final Logger LOG = Logger.getLogger(RegistryImportService.class);
    static final int CHUNK = 500;
    static final int MAX_ROWS = 200_000;
    static final int TIMEOUT_SECONDS = 900;
    private static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    @Inject
    AgroalDataSource dataSource;

    /** What the validation pass found: the data rows read, the errors, and the area of all the file's grids. */
    private record Checked(int rows, ImportErrors errors, String commonPath) {}

    /** Validates and (unless a dry run, and only when the whole file is valid) imports the workbook at {@code file}. */
    public ImportReport importFile(Path file, String fileName, boolean dryRun, Locale locale) {
        Caller caller = scope.caller();
        long started = System.nanoTime();
        ImportReport report = QuarkusTransaction.requiringNew()
                .timeout(TIMEOUT_SECONDS)
                .call(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        ImportLookups lookups = ImportLookups.load(connection, caller);
                        RegistryDictionaries dictionaries = new RegistryDictionaries(dictionary);
                        RowValidator validator =
                                new RowValidator(lookups, dictionaries::of, cipher::hash, LocalDate.now());
                        Checked checked = check(file, validator, lookups, new ImportErrors(messages, locale));
                        if (checked.errors().count() > 0) {
                            return new ImportReport(
                                    dryRun,
                                    false,
                                    checked.rows(),
                                    NONE,
                                    NONE,
                                    checked.errors().count(),
                                    checked.errors().inRowOrder());
                        }
                        ImportWriter.Written written = write(
                                file,
                                validator,
                                new ImportWriter(connection, cipher, caller.username(), Instant.now(), dryRun));
                        ImportReport result = new ImportReport(
                                dryRun,
                                !dryRun,
                                checked.rows(),
                                written.households(),
                                written.residents(),
                                0,
                                List.of());
                        // A dry run or a file with errors has written nothing (reads only), so the commit is empty.
                        if (result.imported()) {
                            audit.record(
                                    AuditEntry.Action.IMPORT,
                                    "HOUSEHOLD",
                                    null,
                                    fileName,
                                    null,
                                    auditDetail(result),
                                    checked.commonPath());
                        }
                        return result;
                    }
                });
        LOG.infof(
                "Registry import by %s (dryRun=%s): %d rows, %d errors, households %s, residents %s, %d ms",
                caller.username(),
                dryRun,
                report.rows(),
                report.errorCount(),
                report.households(),
                report.residents(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** The validation pass: every rule, for every row; writes nothing. */
    private static Checked check(Path file, RowValidator validator, ImportLookups lookups, ImportErrors errors)
            throws SQLException {
        FileRules fileRules = new FileRules();
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        int rows = 0;
        String commonPath = null;
        try (ImportSheet sheet = ImportSheet.open(file)) {
            ImportSheet.Header header = sheet.header();
            errors.addAll(header.missing());
            if (!header.missing().isEmpty()) {
                return new Checked(rows, errors, null);
            }
            for (SheetRow row : sheet.rows(header)) {
                rows++;
                if (rows > MAX_ROWS) {
                    if (rows == MAX_ROWS + 1) {
                        errors.add(RowError.of(row.row(), null, "import.file.too-many-rows", MAX_ROWS));
                    }
                    continue;
                }
                RowValidator.RowCheck check = validator.check(row);
                errors.addAll(check.errors());
                errors.addAll(fileRules.check(check.row()));
                chunk.add(check.row());
                if (check.row().household().grid() != null) {
                    commonPath = commonPath(
                            commonPath, check.row().household().grid().path());
                }
                if (chunk.size() == CHUNK) {
                    errors.addAll(lookups.registeredElsewhere(chunk));
                    chunk.clear();
                }
            }
        }
        errors.addAll(lookups.registeredElsewhere(chunk));
        if (errors.count() == 0 && rows == 0) {
            throw ApiProblem.badRequest("import.file.no-rows");
        }
        errors.addAll(fileRules.headless());
        return new Checked(rows, errors, commonPath == null || commonPath.length() <= 1 ? null : commonPath);
    }

    /** The writing pass over a file the validation pass found valid. */
    private static ImportWriter.Written write(Path file, RowValidator validator, ImportWriter writer)
            throws SQLException {
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        try (ImportSheet sheet = ImportSheet.open(file)) {
            ImportSheet.Header header = sheet.header();
            for (SheetRow row : sheet.rows(header)) {
                RowValidator.RowCheck check = validator.check(row);
                if (!check.errors().isEmpty()) {
                    throw new IllegalStateException("row " + row.row() + " changed between the two passes");
                }
                chunk.add(check.row());
                if (chunk.size() == CHUNK) {
                    writer.write(chunk);
                    chunk.clear();
                }
            }
        }
        writer.write(chunk);
        return writer.finish();
    }

    /**
     * The path of the deepest area containing both paths ("/1/5/23/" and "/1/5/24/" → "/1/5/"); {@code common}
     * null: none yet. The audit entry of an import carries it, for scoped audit listings.
     */
    static String commonPath(String common, String path) {
        if (common == null) {
            return path;
        }
        int end = 0;
        for (int i = 0; i < Math.min(common.length(), path.length()); i++) {
            if (common.charAt(i) != path.charAt(i)) {
                break;
            }
            if (path.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return common.length() == path.length() && common.equals(path) ? path : common.substring(0, end);
    }

    private static String auditDetail(ImportReport report) {
        return "rows=" + report.rows() + "; households created="
                + report.households().created() + ", updated="
                + report.households().updated() + ", unchanged="
                + report.households().unchanged()
                + "; residents created=" + report.residents().created() + ", updated="
                + report.residents().updated() + ", unchanged="
                + report.residents().unchanged();
    }
}
