package com.gridwork.registry.excel;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.SqlLists;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.resident.ResidentQuery;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Excel export of the residents in the caller's scope, with the template's columns plus 状态, so that an export
 * can be edited and imported again. ID and phone numbers are masked unless the caller may reveal them and asks
 * to (with a reason). Rows are read in keyset chunks of {@value #CHUNK} and written by a streaming writer to a
 * temporary file; every export is audited ({@code EXPORT}: filter, row count, revealed or not).
 */
@ApplicationScoped
public class RegistryExportService {
    private static final Logger LOG = Logger.getLogger(RegistryExportService.class);
    static final int CHUNK = 500;

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditService audit;

    @Inject
    AgroalDataSource dataSource;

    public record ExportFilter(
            Long gridId, Long buildingId, String tag, String registrationType, String status, String q) {}

    /** The written workbook (a temporary file the caller deletes once sent) and its number of residents. */
    public record ExportFile(Path file, int rows) {}

    public ExportFile export(ExportFilter filter, boolean reveal, String reason, Locale locale) {
        Caller caller = scope.caller();
        if (reveal && !caller.may(Permission.REGISTRY_REVEAL)) {
            throw ApiProblem.forbidden("export.reveal.forbidden");
        }
        if (reveal && (reason == null || reason.isBlank())) {
            throw ApiProblem.invalidField("reason", "export.reason.required");
        }
        if (filter.status() != null) {
            try {
                RecordStatus.valueOf(filter.status());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("status", "export.status.invalid", filter.status());
            }
        }
        long started = System.nanoTime();
        ExportFile result = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            Area grid = filter.gridId() == null ? null : scope.find(Area.class, filter.gridId());
            Area building = filter.buildingId() == null ? null : scope.find(Area.class, filter.buildingId());
            Path file = Files.createTempFile("gridwork-export-", ".xlsx");
            try {
                int rows;
                try (Connection connection = dataSource.getConnection();
                        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    rows = write(connection, out, filter, grid, building, reveal, locale);
                }
                String areaPath = building != null
                        ? building.path
                        : grid != null
                                ? grid.path
                                : caller.areas().size() == 1
                                        ? caller.areas().get(0).path()
                                        : null;
                audit.record(
                        AuditEntry.Action.EXPORT,
                        "RESIDENT",
                        null,
                        "居民台账导出",
                        reveal ? reason.strip() : null,
                        describe(filter, rows, reveal),
                        areaPath);
                return new ExportFile(file, rows);
            } catch (RuntimeException | IOException | SQLException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        });
        LOG.infof(
                "Registry export by %s: %d rows, revealed=%s, %d ms",
                caller.username(), result.rows(), reveal, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private int write(
            Connection connection,
            OutputStream out,
            ExportFilter filter,
            Area grid,
            Area building,
            boolean reveal,
            Locale locale)
            throws SQLException, IOException {
        AreaScope.ScopeFilter scoped = scope.filter("r.area_path");
        List<Object> params = new ArrayList<>(scoped.jdbcValues());
        StringBuilder where = new StringBuilder(" AND ").append(scoped.jdbc());
        if (grid != null) {
            where.append(" AND r.area_path LIKE ?");
            params.add(grid.path + "%");
        }
        if (building != null) {
            where.append(" AND h.building_id = ?");
            params.add(building.id);
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(
                    " AND (EXISTS (SELECT 1 FROM resident_tag rt WHERE rt.resident_id = r.id AND rt.code = ?)"
                            + " OR EXISTS (SELECT 1 FROM household_tag ht WHERE ht.household_id = r.household_id AND ht.code = ?))");
            params.add(filter.tag());
            params.add(filter.tag());
        }
        if (filter.registrationType() != null && !filter.registrationType().isBlank()) {
            where.append(" AND r.registration_type = ?");
            params.add(filter.registrationType());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            params.add(filter.status());
        }
        // the resident list's matching (ResidentQuery, README "Search"), so that the export holds what the list showed
        ResidentQuery text = ResidentQuery.parse(filter.q());
        if (text != null) {
            switch (text.kind()) {
                case ID_CARD -> {
                    where.append(" AND r.id_card_hash = ?");
                    params.add(cipher.hash(text.value()));
                }
                case PHONE -> {
                    where.append(" AND r.phone_hash = ?");
                    params.add(cipher.hash(text.value()));
                }
                case PINYIN -> {
                    where.append(" AND (r.name_pinyin LIKE ? OR r.name_initials LIKE ?)");
                    params.add(Like.prefix(text.value()));
                    params.add(Like.prefix(text.value()));
                }
                // any part of the name: the list reads it from the name parts, a scan of the export reads the name
                case NAME -> {
                    where.append(" AND r.name LIKE ?");
                    params.add(Like.contains(text.value()));
                }
            }
        }
        String sql =
                "SELECT r.id, r.household_id, r.name, r.id_card_enc, r.id_card_masked, r.phone_enc, r.phone_masked, "
                        + "r.relation, r.ethnicity, r.registration_type, r.political_status, r.employment_status, r.education, "
                        + "r.disability_grade, r.move_in_date, r.status, r.area_path, h.unit_no, h.room_no, h.address, "
                        + "h.housing_type, h.phone_enc, h.phone_masked, g.code, b.code "
                        + "FROM resident r JOIN household h ON h.id = r.household_id JOIN area g ON g.id = h.grid_id "
                        + "LEFT JOIN area b ON b.id = h.building_id WHERE r.id > ?" + where + " ORDER BY r.id LIMIT "
                        + CHUNK;
        RegistryDictionaries dictionaries = new RegistryDictionaries(dictionary, locale);
        int rows = 0;
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Worksheet sheet = workbook.newWorksheet("居民台账");
            RegistryTemplate.writeHeader(sheet, List.of(RegistryColumn.values()), true);
            long after = 0;
            while (true) {
                statement.setLong(1, after);
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 2, params.get(i));
                }
                List<Object[]> chunk = new ArrayList<>(CHUNK);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[25];
                        for (int c = 0; c < 25; c++) {
                            row[c] = c == 14 ? rs.getObject(c + 1, LocalDate.class) : rs.getObject(c + 1);
                        }
                        chunk.add(row);
                    }
                }
                if (chunk.isEmpty()) {
                    break;
                }
                Map<Long, Set<String>> residentTags = tags(connection, "resident_tag", "resident_id", chunk, 0);
                Map<Long, Set<String>> householdTags = tags(connection, "household_tag", "household_id", chunk, 1);
                for (Object[] r : chunk) {
                    rows++;
                    writeRow(
                            sheet,
                            rows,
                            r,
                            dictionaries.of(DictionaryService.subDistrictOfPath((String) r[16])),
                            residentTags,
                            householdTags,
                            reveal);
                }
                after = ((Number) chunk.get(chunk.size() - 1)[0]).longValue();
                sheet.flush();
                if (chunk.size() < CHUNK) {
                    break;
                }
            }
        }
        return rows;
    }

    private void writeRow(
            Worksheet sheet,
            int r,
            Object[] row,
            RegistryDictionaries.Lists lists,
            Map<Long, Set<String>> residentTags,
            Map<Long, Set<String>> householdTags,
            boolean reveal) {
        long residentId = ((Number) row[0]).longValue();
        long householdId = ((Number) row[1]).longValue();
        boolean inBuilding = row[24] != null;
        text(sheet, r, RegistryColumn.GRID_CODE, (String) row[23]);
        text(sheet, r, RegistryColumn.BUILDING_CODE, (String) row[24]);
        text(sheet, r, RegistryColumn.UNIT, (String) row[17]);
        text(sheet, r, RegistryColumn.ROOM, (String) row[18]);
        text(sheet, r, RegistryColumn.ADDRESS, inBuilding ? null : (String) row[19]);
        name(sheet, r, RegistryColumn.HOUSING_TYPE, lists, (String) row[20]);
        names(sheet, r, RegistryColumn.HOUSEHOLD_TAGS, lists, householdTags.get(householdId));
        text(sheet, r, RegistryColumn.HOUSEHOLD_PHONE, reveal ? cipher.decrypt((String) row[21]) : (String) row[22]);
        text(sheet, r, RegistryColumn.NAME, (String) row[2]);
        name(sheet, r, RegistryColumn.RELATION, lists, (String) row[7]);
        text(sheet, r, RegistryColumn.ID_CARD, reveal ? cipher.decrypt((String) row[3]) : (String) row[4]);
        text(sheet, r, RegistryColumn.PHONE, reveal ? cipher.decrypt((String) row[5]) : (String) row[6]);
        name(sheet, r, RegistryColumn.ETHNICITY, lists, (String) row[8]);
        name(sheet, r, RegistryColumn.REGISTRATION_TYPE, lists, (String) row[9]);
        name(sheet, r, RegistryColumn.POLITICAL_STATUS, lists, (String) row[10]);
        name(sheet, r, RegistryColumn.EMPLOYMENT_STATUS, lists, (String) row[11]);
        name(sheet, r, RegistryColumn.EDUCATION, lists, (String) row[12]);
        name(sheet, r, RegistryColumn.DISABILITY_GRADE, lists, (String) row[13]);
        names(sheet, r, RegistryColumn.CARE_TAGS, lists, residentTags.get(residentId));
        if (row[14] != null) {
            sheet.value(r, RegistryColumn.MOVE_IN_DATE.ordinal(), row[14].toString());
        }
        sheet.value(r, RegistryColumn.values().length, "ACTIVE".equals(row[15]) ? "在册" : "已迁出");
    }

    /** Free text (names, numbers) as inline strings: unique values must not pile up in the shared-strings table. */
    private static void text(Worksheet sheet, int r, RegistryColumn column, String value) {
        if (value != null) {
            sheet.inlineString(r, column.ordinal(), value);
        }
    }

    private static void name(
            Worksheet sheet, int r, RegistryColumn column, RegistryDictionaries.Lists lists, String code) {
        if (code != null) {
            sheet.value(r, column.ordinal(), lists.name(column.category(), code));
        }
    }

    private static void names(
            Worksheet sheet, int r, RegistryColumn column, RegistryDictionaries.Lists lists, Set<String> codes) {
        if (codes != null && !codes.isEmpty()) {
            StringJoiner joined = new StringJoiner("、");
            codes.forEach(code -> joined.add(lists.name(column.category(), code)));
            sheet.value(r, column.ordinal(), joined.toString());
        }
    }

    private static Map<Long, Set<String>> tags(
            Connection connection, String table, String owner, List<Object[]> chunk, int idColumn) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object[] row : chunk) {
            ids.add(((Number) row[idColumn]).longValue());
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + owner + ", code FROM " + table
                + " WHERE " + owner + " IN (" + SqlLists.placeholders(ids.size()) + ") ORDER BY code")) {
            SqlLists.bind(statement, 1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        return tags;
    }

    /** The audit detail: the filter (a search text is not repeated, it may be an ID or phone number), rows, revealed. */
    private static String describe(ExportFilter filter, int rows, boolean reveal) {
        StringJoiner detail = new StringJoiner(", ");
        if (filter.gridId() != null) {
            detail.add("gridId=" + filter.gridId());
        }
        if (filter.buildingId() != null) {
            detail.add("buildingId=" + filter.buildingId());
        }
        if (filter.tag() != null) {
            detail.add("tag=" + filter.tag());
        }
        if (filter.registrationType() != null) {
            detail.add("registrationType=" + filter.registrationType());
        }
        if (filter.status() != null) {
            detail.add("status=" + filter.status());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            detail.add("q=(search text)");
        }
        return "filter: " + (detail.length() == 0 ? "none" : detail.toString()) + "; rows=" + rows + "; revealed="
                + reveal;
    }
}
