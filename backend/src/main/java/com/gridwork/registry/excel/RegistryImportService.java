package com.gridwork.registry.excel;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.persistence.SqlLists;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.excel.ImportReport.ImportCounts;
import com.gridwork.registry.excel.ImportReport.ImportError;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.household.HouseholdEvent;
import com.gridwork.registry.resident.NameInitials;
import com.gridwork.registry.stats.RegistryCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.logging.Logger;

/**
 * Excel import of households with their residents (one row per resident, the household's columns repeated).
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li><b>Atomic per file.</b> The whole file is validated first; if any row is bad, nothing is written and the
 * report lists every error (row as Excel numbers it, column header, localised message; the first
 * {@value #MAX_LISTED_ERRORS} are listed, {@code errorCount} has them all). A dry run never writes; without errors
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
 */
@ApplicationScoped
public class RegistryImportService {
    private static final Logger LOG = Logger.getLogger(RegistryImportService.class);
    static final int CHUNK = 500;
    static final int MAX_LISTED_ERRORS = 1000;
    static final int MAX_ROWS = 200_000;
    static final int TIMEOUT_SECONDS = 900;
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；/\\s]+");
    private static final String HEAD = "HEAD";

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

    /** Validates and (unless a dry run, and only when the whole file is valid) imports the workbook at {@code file}. */
    public ImportReport importFile(Path file, String fileName, boolean dryRun, Locale locale) {
        Caller caller = scope.caller();
        long started = System.nanoTime();
        ImportReport report = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Run run = new Run(caller, connection, locale, dryRun);
                ImportReport result = run.execute(file);
                // A dry run or a file with errors has written nothing (reads only), so the commit is empty.
                if (result.imported()) {
                    audit.record(AuditEntry.Action.IMPORT, "HOUSEHOLD", null, fileName, null, run.auditDetail(result),
                            run.commonPath());
                }
                return result;
            }
        });
        LOG.infof("Registry import by %s (dryRun=%s): %d rows, %d errors, households %s, residents %s, %d ms",
                caller.username(), dryRun, report.rows(), report.errorCount(), report.households(), report.residents(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** A grid or building the file may refer to. */
    private record Place(long id, String code, String name, String path) {
    }

    /** One data row, parsed and resolved. */
    private static final class Parsed {
        int row;
        Place grid;
        Place building;
        String unit;
        String room;
        String address;
        String addressKey;
        String housingType;
        TreeSet<String> householdTags = new TreeSet<>();
        String householdPhone;
        String name;
        String relation;
        String idCard;
        String idHash;
        String phone;
        String ethnicity;
        String registrationType;
        String politicalStatus;
        String employmentStatus;
        String education;
        String disabilityGrade;
        TreeSet<String> careTags = new TreeSet<>();
        LocalDate moveInDate;
        boolean bad;

        /** The area path of the row's household and resident: its building's, else its grid's. */
        String areaPath() {
            return Household.areaPathOf(grid.path(), building == null ? null : building.path());
        }

        String location() {
            if (building != null) {
                return building.code() + (unit == null ? "" : " " + unit) + (room == null ? "" : " " + room);
            }
            return grid.code() + " " + address;
        }
    }

    /** What validation remembers of each household in the file. */
    private static final class HouseholdCheck {
        int firstRow;
        String location;
        String housingType;
        String tags;
        String phone;
        int headRow;
    }

    /** What the import pass remembers of each household in the file. */
    private static final class HouseholdState {
        long id;
        boolean created;
        boolean updated;
        Long currentHead;
        Long newHead;
    }

    private record ExistingHousehold(long id, String addressKey, String housingType, String phoneHash, Long headId,
                                     String status, Set<String> tags) {
    }

    private record ExistingResident(long id, long householdId, String name, String ethnicity, String phoneEnc,
                                    String phoneHash, String phoneMasked, String relation, String registrationType,
                                    String politicalStatus, String employmentStatus, String education,
                                    String disabilityGrade, LocalDate moveInDate, String status, String areaPath,
                                    Set<String> tags) {
    }

    /** One import request: its caches, counters and errors. */
    private final class Run {
        private final Caller caller;
        private final Connection connection;
        private final Locale locale;
        private final boolean dryRun;
        private final RegistryDictionaries dictionaries = new RegistryDictionaries(dictionary);
        private final Map<String, List<Place>> gridsByCode = new HashMap<>();
        private final Map<Long, Map<String, Place>> buildingsByGrid = new HashMap<>();
        private final List<ImportError> errors = new ArrayList<>();
        private int errorCount;
        private int rows;
        private final Map<RegistryColumn, Integer> columns = new EnumMap<>(RegistryColumn.class);
        private final Map<String, Integer> idRows = new HashMap<>();
        private final Map<String, HouseholdCheck> householdChecks = new HashMap<>();
        private final Map<String, HouseholdState> households = new HashMap<>();
        private final Map<Long, HouseholdState> householdsById = new HashMap<>();
        private int resCreated;
        private int resUpdated;
        private int resUnchanged;
        private long fakeIds;
        private final Instant now = Instant.now();
        private String commonPath;
        /** Grids whose counts this import changes: marked stale for the statistics when it commits. */
        private final Set<Long> changedGrids = new TreeSet<>();

        Run(Caller caller, Connection connection, Locale locale, boolean dryRun) throws SQLException {
            this.caller = caller;
            this.connection = connection;
            this.locale = locale;
            this.dryRun = dryRun;
            loadGrids();
        }

        ImportReport execute(Path file) throws SQLException {
            validate(file);
            if (errorCount > 0) {
                return new ImportReport(dryRun, false, rows, new ImportCounts(0, 0, 0), new ImportCounts(0, 0, 0),
                        errorCount, List.copyOf(errors));
            }
            apply(file);
            if (!dryRun) {
                RegistryCounts.markStale(connection, changedGrids);
            }
            int hhCreated = 0;
            int hhUpdated = 0;
            for (HouseholdState state : households.values()) {
                hhCreated += state.created ? 1 : 0;
                hhUpdated += !state.created && state.updated ? 1 : 0;
            }
            return new ImportReport(dryRun, !dryRun, rows,
                    new ImportCounts(hhCreated, hhUpdated, households.size() - hhCreated - hhUpdated),
                    new ImportCounts(resCreated, resUpdated, resUnchanged), 0, List.of());
        }

        // ---------------------------------------------------------------- reading

        private interface RowHandler {
            void handle(Row row) throws SQLException;
        }

        /** Streams the first sheet: reads the header row, then hands each non-blank data row over. */
        private void read(Path file, RowHandler handler) throws SQLException {
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                 Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                Iterator<Row> iterator = stream.iterator();
                if (!iterator.hasNext()) {
                    throw ApiProblem.badRequest("import.file.empty");
                }
                Row header = iterator.next();
                if (columns.isEmpty()) {
                    readHeader(header);
                    if (errorCount > 0) {
                        return;
                    }
                }
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    if (!SheetCells.isBlank(row)) {
                        handler.handle(row);
                    }
                }
            } catch (IOException | ExcelReaderException | UncheckedIOException e) {
                throw ApiProblem.badRequest("import.file.invalid");
            } catch (RuntimeException e) {
                if (e instanceof ApiProblem) {
                    throw e;
                }
                // fastexcel wraps XML and zip problems in runtime exceptions of its own
                if (e.getClass().getName().startsWith("org.dhatim") || e.getCause() instanceof javax.xml.stream.XMLStreamException) {
                    throw ApiProblem.badRequest("import.file.invalid");
                }
                throw e;
            }
        }

        private void readHeader(Row header) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String text = SheetCells.text(header, i);
                if (text != null) {
                    byName.putIfAbsent(text.replace("*", "").strip(), i);
                }
            }
            for (RegistryColumn column : RegistryColumn.values()) {
                Integer index = byName.get(column.header());
                if (index != null) {
                    columns.put(column, index);
                } else if (column.required()) {
                    error(header.getRowNum(), column, "import.header.missing", column.header());
                }
            }
        }

        private String text(Row row, RegistryColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : SheetCells.text(row, index);
        }

        // ---------------------------------------------------------------- validation pass

        private void validate(Path file) throws SQLException {
            List<Parsed> chunk = new ArrayList<>(CHUNK);
            read(file, row -> {
                rows++;
                if (rows > MAX_ROWS) {
                    if (rows == MAX_ROWS + 1) {
                        error(row.getRowNum(), null, "import.file.too-many-rows", MAX_ROWS);
                    }
                    return;
                }
                Parsed parsed = parse(row, true);
                checkAgainstFile(parsed);
                chunk.add(parsed);
                if (chunk.size() == CHUNK) {
                    checkAgainstRegistry(chunk);
                    chunk.clear();
                }
            });
            checkAgainstRegistry(chunk);
            if (errorCount == 0 && rows == 0 && !columns.isEmpty()) {
                throw ApiProblem.badRequest("import.file.no-rows");
            }
            for (HouseholdCheck check : householdChecks.values()) {
                if (check.headRow == 0) {
                    error(check.firstRow, RegistryColumn.RELATION, "import.head.none", check.location);
                }
            }
            // Errors were found row by row, per rule: list them in row order.
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
        }

        /** Parses a row; with {@code report}, every problem becomes an error of the report. */
        private Parsed parse(Row row, boolean report) throws SQLException {
            Parsed p = new Parsed();
            p.row = row.getRowNum();
            // Location
            String gridCode = required(row, p, RegistryColumn.GRID_CODE, report);
            if (gridCode != null) {
                List<Place> grids = gridsByCode.getOrDefault(gridCode, List.of());
                if (grids.isEmpty()) {
                    fail(p, report, RegistryColumn.GRID_CODE, "import.grid.not-found", gridCode);
                } else if (grids.size() > 1) {
                    fail(p, report, RegistryColumn.GRID_CODE, "import.grid.ambiguous", gridCode);
                } else {
                    p.grid = grids.get(0);
                }
            }
            String buildingCode = text(row, RegistryColumn.BUILDING_CODE);
            p.unit = limit(row, p, RegistryColumn.UNIT, 16, report);
            p.room = limit(row, p, RegistryColumn.ROOM, 16, report);
            p.address = limit(row, p, RegistryColumn.ADDRESS, 200, report);
            if (buildingCode != null) {
                if (p.grid != null) {
                    p.building = buildings(p.grid).get(buildingCode);
                    if (p.building == null) {
                        fail(p, report, RegistryColumn.BUILDING_CODE, "import.building.not-found", buildingCode, p.grid.code());
                    }
                }
                if (p.room == null) {
                    fail(p, report, RegistryColumn.ROOM, "import.room.required");
                }
            } else if (p.address == null) {
                fail(p, report, RegistryColumn.ADDRESS, "import.address.required");
            }
            boolean located = buildingCode != null ? p.building != null && p.room != null : p.address != null;
            if (p.grid != null && located) {
                p.addressKey = Household.addressKey(p.grid.id(), p.building == null ? null : p.building.id(),
                        p.building == null ? null : p.unit, p.building == null ? null : p.room,
                        p.building == null ? p.address : null);
            }
            RegistryDictionaries.Lists lists = dictionaries.of(p.grid == null ? null : DictionaryService.subDistrictOfPath(p.grid.path()));
            // Household
            p.housingType = code(row, p, RegistryColumn.HOUSING_TYPE, lists, report);
            p.householdTags = codes(row, p, RegistryColumn.HOUSEHOLD_TAGS, lists, report);
            p.householdPhone = phone(row, p, RegistryColumn.HOUSEHOLD_PHONE, report);
            // Resident
            p.name = required(row, p, RegistryColumn.NAME, report);
            if (p.name != null && p.name.length() > 64) {
                fail(p, report, RegistryColumn.NAME, "import.too-long", 64);
            }
            p.relation = code(row, p, RegistryColumn.RELATION, lists, report);
            String id = required(row, p, RegistryColumn.ID_CARD, report);
            if (id != null) {
                Integer index = columns.get(RegistryColumn.ID_CARD);
                if (SheetCells.isNumber(row, index) && id.length() > 15) {
                    fail(p, report, RegistryColumn.ID_CARD, "import.id-card.numeric");
                } else {
                    String normalized = IdCards.normalize(id);
                    var problem = IdCards.problem(normalized);
                    if (problem.isPresent()) {
                        fail(p, report, RegistryColumn.ID_CARD, "import.id-card." + problem.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    } else {
                        p.idCard = normalized;
                        p.idHash = cipher.hash(normalized);
                    }
                }
            }
            p.phone = phone(row, p, RegistryColumn.PHONE, report);
            p.ethnicity = code(row, p, RegistryColumn.ETHNICITY, lists, report);
            p.registrationType = code(row, p, RegistryColumn.REGISTRATION_TYPE, lists, report);
            p.politicalStatus = code(row, p, RegistryColumn.POLITICAL_STATUS, lists, report);
            p.employmentStatus = code(row, p, RegistryColumn.EMPLOYMENT_STATUS, lists, report);
            p.education = code(row, p, RegistryColumn.EDUCATION, lists, report);
            p.disabilityGrade = code(row, p, RegistryColumn.DISABILITY_GRADE, lists, report);
            p.careTags = codes(row, p, RegistryColumn.CARE_TAGS, lists, report);
            Integer dateIndex = columns.get(RegistryColumn.MOVE_IN_DATE);
            if (dateIndex != null) {
                try {
                    p.moveInDate = SheetCells.date(row, dateIndex);
                } catch (IllegalArgumentException e) {
                    fail(p, report, RegistryColumn.MOVE_IN_DATE, "import.date.invalid");
                }
                if (p.moveInDate != null) {
                    if (p.moveInDate.isAfter(LocalDate.now())) {
                        fail(p, report, RegistryColumn.MOVE_IN_DATE, "import.date.future");
                    } else if (p.idCard != null && p.moveInDate.isBefore(IdCards.birthDate(p.idCard))) {
                        fail(p, report, RegistryColumn.MOVE_IN_DATE, "import.date.before-birth");
                    }
                }
            }
            return p;
        }

        /** Rules across rows of the file: one ID number once, one head per household, household columns alike. */
        private void checkAgainstFile(Parsed p) {
            if (p.idHash != null) {
                Integer first = idRows.putIfAbsent(p.idHash, p.row);
                if (first != null) {
                    fail(p, true, RegistryColumn.ID_CARD, "import.id-card.duplicate-in-file", first);
                }
            }
            if (p.addressKey == null) {
                return;
            }
            HouseholdCheck check = householdChecks.get(p.addressKey);
            if (check == null) {
                check = new HouseholdCheck();
                check.firstRow = p.row;
                check.location = p.location();
                check.housingType = p.housingType;
                check.tags = String.join(",", p.householdTags);
                check.phone = p.householdPhone;
                householdChecks.put(p.addressKey, check);
            } else {
                if (p.housingType != null && check.housingType != null && !p.housingType.equals(check.housingType)) {
                    fail(p, true, RegistryColumn.HOUSING_TYPE, "import.household.inconsistent", check.firstRow);
                }
                if (!String.join(",", p.householdTags).equals(check.tags)) {
                    fail(p, true, RegistryColumn.HOUSEHOLD_TAGS, "import.household.inconsistent", check.firstRow);
                }
                if (!Objects.equals(p.householdPhone, check.phone)) {
                    fail(p, true, RegistryColumn.HOUSEHOLD_PHONE, "import.household.inconsistent", check.firstRow);
                }
            }
            if (HEAD.equals(p.relation)) {
                if (check.headRow != 0) {
                    fail(p, true, RegistryColumn.RELATION, "import.head.multiple", check.headRow);
                } else {
                    check.headRow = p.row;
                }
            }
        }

        /** ID numbers the registry already has outside the caller's scope are refused (without saying where). */
        private void checkAgainstRegistry(List<Parsed> chunk) throws SQLException {
            Map<String, Parsed> byHash = new LinkedHashMap<>();
            for (Parsed p : chunk) {
                if (p.idHash != null) {
                    byHash.putIfAbsent(p.idHash, p);
                }
            }
            if (byHash.isEmpty() || caller.wholePlatform()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id_card_hash, area_path FROM resident WHERE id_card_hash IN (" + SqlLists.placeholders(byHash.size()) + ")")) {
                SqlLists.bind(statement, 1, byHash.keySet());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (!caller.covers(rs.getString(2))) {
                            Parsed p = byHash.get(rs.getString(1));
                            fail(p, true, RegistryColumn.ID_CARD, "import.id-card.registered-elsewhere");
                        }
                    }
                }
            }
        }

        private String required(Row row, Parsed p, RegistryColumn column, boolean report) {
            String value = text(row, column);
            if (value == null) {
                fail(p, report, column, "import.required");
            }
            return value;
        }

        private String limit(Row row, Parsed p, RegistryColumn column, int max, boolean report) {
            String value = text(row, column);
            if (value != null && value.length() > max) {
                fail(p, report, column, "import.too-long", max);
                return null;
            }
            return value;
        }

        private String code(Row row, Parsed p, RegistryColumn column, RegistryDictionaries.Lists lists, boolean report) {
            String value = column.required() ? required(row, p, column, report) : text(row, column);
            if (value == null) {
                return null;
            }
            String code = lists.code(column.category(), value);
            if (code == null) {
                fail(p, report, column, "import.dictionary.unknown", value);
            }
            return code;
        }

        private TreeSet<String> codes(Row row, Parsed p, RegistryColumn column, RegistryDictionaries.Lists lists, boolean report) {
            TreeSet<String> codes = new TreeSet<>();
            String value = text(row, column);
            if (value == null) {
                return codes;
            }
            for (String name : TAG_SEPARATORS.split(value)) {
                if (name.isBlank()) {
                    continue;
                }
                String code = lists.code(column.category(), name.strip());
                if (code == null) {
                    fail(p, report, column, "import.dictionary.unknown", name.strip());
                } else {
                    codes.add(code);
                }
            }
            return codes;
        }

        private String phone(Row row, Parsed p, RegistryColumn column, boolean report) {
            String value = text(row, column);
            if (value == null) {
                return null;
            }
            if (!Phones.isValid(value)) {
                fail(p, report, column, "import.phone.invalid");
                return null;
            }
            return Phones.normalize(value);
        }

        private void fail(Parsed p, boolean report, RegistryColumn column, String key, Object... args) {
            p.bad = true;
            if (report) {
                error(p.row, column, key, args);
            }
        }

        private void error(int row, RegistryColumn column, String key, Object... args) {
            errorCount++;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(new ImportError(row, column == null ? "" : column.header(), messages.get(locale, key, args)));
            }
        }

        // ---------------------------------------------------------------- import pass

        private void apply(Path file) throws SQLException {
            List<Parsed> chunk = new ArrayList<>(CHUNK);
            read(file, row -> {
                Parsed parsed = parse(row, false);
                if (parsed.bad) {
                    throw new IllegalStateException("row " + parsed.row + " changed between the two passes");
                }
                chunk.add(parsed);
                widenCommonPath(parsed.grid.path());
                if (chunk.size() == CHUNK) {
                    applyChunk(chunk);
                    chunk.clear();
                }
            });
            applyChunk(chunk);
            applyHeads();
        }

        private void applyChunk(List<Parsed> chunk) throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            applyHouseholds(chunk);
            applyResidents(chunk);
        }

        private void applyHouseholds(List<Parsed> chunk) throws SQLException {
            Map<String, Parsed> fresh = new LinkedHashMap<>();
            for (Parsed p : chunk) {
                if (!households.containsKey(p.addressKey)) {
                    fresh.putIfAbsent(p.addressKey, p);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            Map<String, ExistingHousehold> existing = existingHouseholds(fresh.keySet());
            MultiRowInsert inserts = new MultiRowInsert(connection, "household", "grid_id", "building_id", "unit_no",
                    "room_no", "address", "address_key", "housing_type", "phone_enc", "phone_hash", "phone_masked",
                    "status", "area_path", "version", "created_at", "updated_at");
            List<Parsed> inserted = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            Map<Long, Set<String>> tagReplacements = new LinkedHashMap<>();
            for (Parsed p : fresh.values()) {
                HouseholdState state = new HouseholdState();
                households.put(p.addressKey, state);
                ExistingHousehold found = existing.get(p.addressKey);
                String phoneHash = p.householdPhone == null ? null : cipher.hash(p.householdPhone);
                if (found == null) {
                    state.created = true;
                    changedGrids.add(p.grid.id());
                    inserts.add(p.grid.id(), p.building == null ? null : p.building.id(),
                            p.building == null ? null : p.unit, p.building == null ? null : p.room,
                            p.building == null ? p.address : null, p.addressKey, p.housingType,
                            p.householdPhone == null ? null : cipher.encrypt(p.householdPhone), phoneHash,
                            p.householdPhone == null ? null : Phones.mask(p.householdPhone),
                            "ACTIVE", p.areaPath(), 0L, now, now);
                    inserted.add(p);
                    continue;
                }
                state.id = found.id();
                state.currentHead = found.headId();
                householdsById.put(state.id, state);
                List<String> changed = new ArrayList<>();
                if (!found.housingType().equals(p.housingType)) {
                    changed.add("housingType");
                }
                if (!Objects.equals(found.phoneHash(), phoneHash)) {
                    changed.add("phone");
                }
                if (!found.tags().equals(p.householdTags)) {
                    changed.add("tags");
                    tagReplacements.put(found.id(), p.householdTags);
                }
                if (!"ACTIVE".equals(found.status())) {
                    changed.add("status");
                }
                if (!changed.isEmpty()) {
                    state.updated = true;
                    changedGrids.add(p.grid.id());
                    updates.add(new Object[]{p.housingType,
                            p.householdPhone == null ? null : cipher.encrypt(p.householdPhone), phoneHash,
                            p.householdPhone == null ? null : Phones.mask(p.householdPhone), now, found.id()});
                    events.add(event(found.id(), null, HouseholdEvent.Kind.IMPORTED, String.join(",", changed)));
                }
            }
            // New households: their ids, tags and a history entry each.
            List<Long> ids = dryRun ? fakeIds(inserted.size()) : inserts.flush(true);
            for (int i = 0; i < inserted.size(); i++) {
                Parsed p = inserted.get(i);
                long id = ids.get(i);
                HouseholdState state = households.get(p.addressKey);
                state.id = id;
                householdsById.put(id, state);
                if (!p.householdTags.isEmpty()) {
                    tagReplacements.put(id, p.householdTags);
                }
                events.add(event(id, null, HouseholdEvent.Kind.IMPORTED, null));
            }
            if (dryRun) {
                return;
            }
            batch("UPDATE household SET housing_type = ?, phone_enc = ?, phone_hash = ?, phone_masked = ?, status = 'ACTIVE', "
                    + "version = version + 1, updated_at = ? WHERE id = ?", updates);
            replaceTags("household_tag", "household_id", tagReplacements, existing.values().stream()
                    .map(ExistingHousehold::id).filter(tagReplacements::containsKey).toList());
            insertEvents(events);
        }

        private void applyResidents(List<Parsed> chunk) throws SQLException {
            Map<String, ExistingResident> existing = existingResidents(chunk);
            MultiRowInsert inserts = new MultiRowInsert(connection, "resident", "household_id", "name", "name_initials",
                    "gender", "birth_date", "ethnicity", "id_card_enc", "id_card_hash", "id_card_masked", "phone_enc",
                    "phone_hash", "phone_masked", "relation", "registration_type", "political_status",
                    "employment_status", "education", "disability_grade", "move_in_date", "status", "area_path",
                    "version", "created_at", "updated_at");
            List<Parsed> inserted = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            List<Object[]> headClears = new ArrayList<>();
            Map<Long, Set<String>> tagReplacements = new LinkedHashMap<>();
            List<Long> replacedTagOwners = new ArrayList<>();
            for (Parsed p : chunk) {
                HouseholdState household = households.get(p.addressKey);
                String phoneHash = p.phone == null ? null : cipher.hash(p.phone);
                ExistingResident found = existing.get(p.idHash);
                if (found == null) {
                    resCreated++;
                    changedGrids.add(p.grid.id());
                    inserts.add(household.id, p.name, NameInitials.of(p.name), IdCards.gender(p.idCard),
                            IdCards.birthDate(p.idCard), p.ethnicity, cipher.encrypt(p.idCard), p.idHash,
                            IdCards.mask(p.idCard), p.phone == null ? null : cipher.encrypt(p.phone), phoneHash,
                            p.phone == null ? null : Phones.mask(p.phone), p.relation, p.registrationType,
                            p.politicalStatus, p.employmentStatus, p.education, p.disabilityGrade, p.moveInDate,
                            "ACTIVE", p.areaPath(), 0L, now, now);
                    inserted.add(p);
                    continue;
                }
                if (HEAD.equals(p.relation)) {
                    household.newHead = found.id();
                }
                List<String> changed = new ArrayList<>();
                compare(changed, "name", found.name(), p.name);
                compare(changed, "ethnicity", found.ethnicity(), p.ethnicity);
                compare(changed, "phone", found.phoneHash(), phoneHash);
                compare(changed, "relation", found.relation(), p.relation);
                compare(changed, "registrationType", found.registrationType(), p.registrationType);
                compare(changed, "politicalStatus", found.politicalStatus(), p.politicalStatus);
                compare(changed, "employmentStatus", found.employmentStatus(), p.employmentStatus);
                compare(changed, "education", found.education(), p.education);
                compare(changed, "disabilityGrade", found.disabilityGrade(), p.disabilityGrade);
                compare(changed, "moveInDate", found.moveInDate(), p.moveInDate);
                compare(changed, "status", found.status(), "ACTIVE");
                if (!found.tags().equals(p.careTags)) {
                    changed.add("tags");
                    tagReplacements.put(found.id(), p.careTags);
                    replacedTagOwners.add(found.id());
                }
                boolean moved = found.householdId() != household.id;
                if (!moved && changed.isEmpty()) {
                    resUnchanged++;
                    continue;
                }
                resUpdated++;
                // A resident moving in from another household leaves that household's grid.
                changedGrids.add(p.grid.id());
                changedGrids.add(Household.gridOfPath(found.areaPath()));
                boolean samePhone = Objects.equals(found.phoneHash(), phoneHash);
                updates.add(new Object[]{household.id, p.name, NameInitials.of(p.name), p.ethnicity,
                        samePhone ? found.phoneEnc() : (p.phone == null ? null : cipher.encrypt(p.phone)), phoneHash,
                        samePhone ? found.phoneMasked() : (p.phone == null ? null : Phones.mask(p.phone)),
                        p.relation, p.registrationType, p.politicalStatus, p.employmentStatus, p.education,
                        p.disabilityGrade, p.moveInDate, p.areaPath(), now, found.id()});
                if (moved) {
                    events.add(event(found.householdId(), found.id(), HouseholdEvent.Kind.MEMBER_LEFT, null));
                    events.add(event(household.id, found.id(), HouseholdEvent.Kind.MEMBER_JOINED, null));
                    headClears.add(new Object[]{now, found.householdId(), found.id()});
                    HouseholdState left = householdsById.get(found.householdId());
                    if (left != null && Objects.equals(left.currentHead, found.id())) {
                        left.currentHead = null;
                    }
                } else {
                    events.add(event(household.id, found.id(), HouseholdEvent.Kind.MEMBER_UPDATED, String.join(",", changed)));
                }
            }
            List<Long> ids = dryRun ? fakeIds(inserted.size()) : inserts.flush(true);
            for (int i = 0; i < inserted.size(); i++) {
                Parsed p = inserted.get(i);
                long id = ids.get(i);
                HouseholdState household = households.get(p.addressKey);
                if (HEAD.equals(p.relation)) {
                    household.newHead = id;
                }
                if (!p.careTags.isEmpty()) {
                    tagReplacements.put(id, p.careTags);
                }
                events.add(event(household.id, id, HouseholdEvent.Kind.MEMBER_JOINED, null));
            }
            if (dryRun) {
                return;
            }
            batch("UPDATE resident SET household_id = ?, name = ?, name_initials = ?, ethnicity = ?, phone_enc = ?, "
                    + "phone_hash = ?, phone_masked = ?, relation = ?, registration_type = ?, political_status = ?, "
                    + "employment_status = ?, education = ?, disability_grade = ?, move_in_date = ?, move_out_date = NULL, "
                    + "status = 'ACTIVE', area_path = ?, version = version + 1, updated_at = ? WHERE id = ?", updates);
            batch("UPDATE household SET head_resident_id = NULL, version = version + 1, updated_at = ? "
                    + "WHERE id = ? AND head_resident_id = ?", headClears);
            replaceTags("resident_tag", "resident_id", tagReplacements, replacedTagOwners);
            insertEvents(events);
        }

        /** Each household's head is the resident on its 户主 row. */
        private void applyHeads() throws SQLException {
            Map<Long, Long> created = new LinkedHashMap<>();
            List<Object[]> changed = new ArrayList<>();
            for (HouseholdState state : households.values()) {
                if (state.newHead == null || state.newHead.equals(state.currentHead)) {
                    continue;
                }
                if (state.created) {
                    created.put(state.id, state.newHead);
                } else {
                    state.updated = true;
                    changed.add(new Object[]{state.newHead, now, state.id});
                }
                if (created.size() + changed.size() >= CHUNK) {
                    flushHeads(created, changed);
                }
            }
            flushHeads(created, changed);
        }

        private void flushHeads(Map<Long, Long> created, List<Object[]> changed) throws SQLException {
            if (!dryRun) {
                // A new household's head is part of its creation: no version change.
                MultiRowInsert.setById(connection, "household", "head_resident_id", created);
                batch("UPDATE household SET head_resident_id = ?, version = version + 1, updated_at = ? WHERE id = ?", changed);
                List<Object[]> events = new ArrayList<>();
                for (Object[] change : changed) {
                    events.add(event((Long) change[2], (Long) change[0], HouseholdEvent.Kind.IMPORTED, "headResidentId"));
                }
                insertEvents(events);
            }
            created.clear();
            changed.clear();
        }

        // ---------------------------------------------------------------- queries

        private void loadGrids() throws SQLException {
            StringBuilder sql = new StringBuilder("SELECT id, code, name, path FROM area WHERE level = 'GRID'");
            List<String> paths = caller.areas().stream().map(a -> a.path() + "%").toList();
            if (!caller.wholePlatform()) {
                if (paths.isEmpty()) {
                    return;
                }
                sql.append(" AND (").append(String.join(" OR ", paths.stream().map(p -> "path LIKE ?").toList())).append(")");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                if (!caller.wholePlatform()) {
                    SqlLists.bind(statement, 1, paths);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Place grid = new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                        gridsByCode.computeIfAbsent(grid.code(), c -> new ArrayList<>()).add(grid);
                    }
                }
            }
        }

        private Map<String, Place> buildings(Place grid) throws SQLException {
            Map<String, Place> cached = buildingsByGrid.get(grid.id());
            if (cached != null) {
                return cached;
            }
            Map<String, Place> byCode = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, code, name, path FROM area WHERE parent_id = ? AND level = 'BUILDING'")) {
                statement.setLong(1, grid.id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        byCode.put(rs.getString(2), new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            buildingsByGrid.put(grid.id(), byCode);
            return byCode;
        }

        private Map<String, ExistingHousehold> existingHouseholds(Collection<String> keys) throws SQLException {
            Map<String, ExistingHousehold> found = new HashMap<>();
            Map<Long, Set<String>> tags = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, address_key, housing_type, phone_hash, head_resident_id, status FROM household "
                            + "WHERE address_key IN (" + SqlLists.placeholders(keys.size()) + ") "
                            + "ORDER BY CASE WHEN status = 'ACTIVE' THEN 0 ELSE 1 END, id")) {
                SqlLists.bind(statement, 1, keys);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String key = rs.getString(2);
                        if (!found.containsKey(key)) {
                            Set<String> tagSet = new TreeSet<>();
                            tags.put(id, tagSet);
                            long headId = rs.getLong(5);
                            Long head = rs.wasNull() ? null : headId;
                            found.put(key, new ExistingHousehold(id, key, rs.getString(3), rs.getString(4), head,
                                    rs.getString(6), tagSet));
                        }
                    }
                }
            }
            loadTags("household_tag", "household_id", tags);
            return found;
        }

        private Map<String, ExistingResident> existingResidents(List<Parsed> chunk) throws SQLException {
            List<String> hashes = chunk.stream().map(p -> p.idHash).toList();
            Map<String, ExistingResident> found = new HashMap<>();
            Map<Long, Set<String>> tags = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, household_id, name, ethnicity, phone_enc, phone_hash, phone_masked, relation, "
                            + "registration_type, political_status, employment_status, education, disability_grade, "
                            + "move_in_date, status, area_path, id_card_hash FROM resident WHERE id_card_hash IN ("
                            + SqlLists.placeholders(hashes.size()) + ")")) {
                SqlLists.bind(statement, 1, hashes);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Set<String> tagSet = new TreeSet<>();
                        long id = rs.getLong(1);
                        tags.put(id, tagSet);
                        found.put(rs.getString(17), new ExistingResident(id, rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                                rs.getString(13), rs.getObject(14, LocalDate.class), rs.getString(15),
                                rs.getString(16), tagSet));
                    }
                }
            }
            loadTags("resident_tag", "resident_id", tags);
            return found;
        }

        private void loadTags(String table, String owner, Map<Long, Set<String>> into) throws SQLException {
            if (into.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + owner + ", code FROM " + table + " WHERE " + owner + " IN (" + SqlLists.placeholders(into.size()) + ")")) {
                SqlLists.bind(statement, 1, into.keySet());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        into.get(rs.getLong(1)).add(rs.getString(2));
                    }
                }
            }
        }

        // ---------------------------------------------------------------- writing

        private void replaceTags(String table, String owner, Map<Long, Set<String>> tags, List<Long> existingOwners) throws SQLException {
            if (!existingOwners.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE " + owner + " IN (" + SqlLists.placeholders(existingOwners.size()) + ")")) {
                    SqlLists.bind(statement, 1, existingOwners);
                    statement.executeUpdate();
                }
            }
            MultiRowInsert insert = new MultiRowInsert(connection, table, owner, "code");
            for (Map.Entry<Long, Set<String>> entry : tags.entrySet()) {
                for (String code : entry.getValue()) {
                    insert.add(entry.getKey(), code);
                }
            }
            insert.flush(false);
        }

        private Object[] event(long householdId, Long residentId, HouseholdEvent.Kind kind, String detail) {
            return new Object[]{householdId, residentId, kind.name(), detail, caller.username(), now};
        }

        private void insertEvents(List<Object[]> events) throws SQLException {
            MultiRowInsert insert = new MultiRowInsert(connection, "household_event", "household_id", "resident_id",
                    "kind", "detail", "actor", "at");
            for (Object[] event : events) {
                insert.add(event);
            }
            insert.flush(false);
        }

        private void batch(String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        MultiRowInsert.bind(statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        private List<Long> fakeIds(int count) {
            List<Long> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(--fakeIds);
            }
            return ids;
        }

        // ---------------------------------------------------------------- audit

        private void widenCommonPath(String path) {
            if (commonPath == null) {
                commonPath = path;
                return;
            }
            int end = 0;
            for (int i = 0; i < Math.min(commonPath.length(), path.length()); i++) {
                if (commonPath.charAt(i) != path.charAt(i)) {
                    break;
                }
                if (path.charAt(i) == '/') {
                    end = i + 1;
                }
            }
            commonPath = commonPath.length() == path.length() && commonPath.equals(path) ? path : commonPath.substring(0, end);
        }

        /** The deepest area containing every grid of the file (for scoped audit listings); null for none. */
        String commonPath() {
            return commonPath == null || commonPath.length() <= 1 ? null : commonPath;
        }

        String auditDetail(ImportReport report) {
            return "rows=" + report.rows() + "; households created=" + report.households().created() + ", updated="
                    + report.households().updated() + ", unchanged=" + report.households().unchanged()
                    + "; residents created=" + report.residents().created() + ", updated="
                    + report.residents().updated() + ", unchanged=" + report.residents().unchanged();
        }
    }

    private static void compare(List<String> changed, String field, Object stored, Object imported) {
        if (!Objects.equals(stored, imported)) {
            changed.add(field);
        }
    }
}
