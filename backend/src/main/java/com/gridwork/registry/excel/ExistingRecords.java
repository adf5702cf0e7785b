package com.gridwork.registry.excel;

import com.gridwork.common.persistence.SqlLists;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The registry's records that the rows of an import match: households by location, residents by ID number. */
final class ExistingRecords {
    private ExistingRecords() {}

    record ExistingHousehold(
            long id,
            String addressKey,
            String housingType,
            String phoneHash,
            Long headId,
            String status,
            Set<String> tags) {}

    record ExistingResident(
            long id,
            long householdId,
            String name,
            String ethnicity,
            String phoneEnc,
            String phoneHash,
            String phoneMasked,
            String relation,
            String registrationType,
            String politicalStatus,
            String employmentStatus,
            String education,
            String disabilityGrade,
            LocalDate moveInDate,
            String status,
            String areaPath,
            Set<String> tags) {}

    /** By address key: the active household with the lowest id when several share it, else the lowest id. */
    static Map<String, ExistingHousehold> households(Connection connection, Collection<String> keys)
            throws SQLException {
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
                        found.put(
                                key,
                                new ExistingHousehold(
                                        id, key, rs.getString(3), rs.getString(4), head, rs.getString(6), tagSet));
                    }
                }
            }
        }
        loadTags(connection, "household_tag", "household_id", tags);
        return found;
    }

    /** By the keyed hash of the ID number. */
    static Map<String, ExistingResident> residents(Connection connection, Collection<String> hashes)
            throws SQLException {
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
                    found.put(
                            rs.getString(17),
                            new ExistingResident(
                                    id,
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getString(11),
                                    rs.getString(12),
                                    rs.getString(13),
                                    rs.getObject(14, LocalDate.class),
                                    rs.getString(15),
                                    rs.getString(16),
                                    tagSet));
                }
            }
        }
        loadTags(connection, "resident_tag", "resident_id", tags);
        return found;
    }

    private static void loadTags(Connection connection, String table, String owner, Map<Long, Set<String>> into)
            throws SQLException {
        if (into.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + owner + ", code FROM " + table
                + " WHERE " + owner + " IN (" + SqlLists.placeholders(into.size()) + ")")) {
            SqlLists.bind(statement, 1, into.keySet());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    into.get(rs.getLong(1)).add(rs.getString(2));
                }
            }
        }
    }
}
