package com.gridwork.registry.excel;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.persistence.SqlLists;
import com.gridwork.common.text.NameParts;
import com.gridwork.common.text.NamePinyin;
import com.gridwork.registry.excel.ExistingRecords.ExistingHousehold;
import com.gridwork.registry.excel.ExistingRecords.ExistingResident;
import com.gridwork.registry.excel.ImportReport.ImportCounts;
import com.gridwork.registry.excel.ImportRow.HouseholdValues;
import com.gridwork.registry.excel.ImportRow.ResidentValues;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.household.HouseholdEvent;
import com.gridwork.registry.stats.RegistryCounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Write: the rows of a valid import file into the registry, chunk by chunk (one lookup query per table and multi-row
 * inserts per chunk), then the households' heads. Households are matched by location, residents by ID number; a
 * changed field updates the record (version + 1) with a history event naming the changed API fields. A dry run reads
 * what a real one would, writes nothing and counts the same. What it keeps for the whole file: one small entry per
 * household, and the grids whose counts change.
 */
final class ImportWriter {
    /** What the import did (or, dry, would do). */
    record Written(ImportCounts households, ImportCounts residents) {}

    /** What the write learns of each household of the file. */
    private static final class FileHousehold {
        long id;
        boolean created;
        boolean updated;
        /** Its head before the import (null once that head has moved to another household of the file). */
        Long currentHead;
        /** The resident on its 户主 row, once written. */
        Long newHead;
    }

    private final Connection connection;
    private final PersonalDataCipher cipher;
    private final String actor;
    private final Instant now;
    private final boolean dryRun;
    private final Map<String, FileHousehold> households = new HashMap<>();
    private final Map<Long, FileHousehold> householdsById = new HashMap<>();
    /** Grids whose counts this import changes: marked stale for the statistics when it commits. */
    private final Set<Long> changedGrids = new TreeSet<>();

    private int residentsCreated;
    private int residentsUpdated;
    private int residentsUnchanged;
    private long fakeIds;

    ImportWriter(Connection connection, PersonalDataCipher cipher, String actor, Instant now, boolean dryRun) {
        this.connection = connection;
        this.cipher = cipher;
        this.actor = actor;
        this.now = now;
        this.dryRun = dryRun;
    }

    void write(List<ImportRow> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        writeHouseholds(chunk);
        writeResidents(chunk);
    }

    /** After the last chunk: the heads, then the statistics' stale marks. */
    Written finish() throws SQLException {
        writeHeads();
        if (!dryRun) {
            RegistryCounts.markStale(connection, changedGrids);
        }
        int created = 0;
        int updated = 0;
        for (FileHousehold household : households.values()) {
            created += household.created ? 1 : 0;
            updated += !household.created && household.updated ? 1 : 0;
        }
        return new Written(
                new ImportCounts(created, updated, households.size() - created - updated),
                new ImportCounts(residentsCreated, residentsUpdated, residentsUnchanged));
    }

    private void writeHouseholds(List<ImportRow> chunk) throws SQLException {
        Map<String, HouseholdValues> fresh = new LinkedHashMap<>();
        for (ImportRow row : chunk) {
            if (!households.containsKey(row.household().addressKey())) {
                fresh.putIfAbsent(row.household().addressKey(), row.household());
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, ExistingHousehold> existing = ExistingRecords.households(connection, fresh.keySet());
        MultiRowInsert inserts = new MultiRowInsert(
                connection,
                "household",
                "grid_id",
                "building_id",
                "unit_no",
                "room_no",
                "address",
                "address_key",
                "addr_building",
                "addr_unit",
                "addr_room",
                "addr_text",
                "housing_type",
                "phone_enc",
                "phone_hash",
                "phone_masked",
                "status",
                "area_path",
                "version",
                "created_at",
                "updated_at");
        List<HouseholdValues> inserted = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        Map<Long, Set<String>> tagReplacements = new LinkedHashMap<>();
        for (HouseholdValues h : fresh.values()) {
            FileHousehold household = new FileHousehold();
            households.put(h.addressKey(), household);
            ExistingHousehold found = existing.get(h.addressKey());
            String phoneHash = h.phone() == null ? null : cipher.hash(h.phone());
            if (found == null) {
                household.created = true;
                changedGrids.add(h.grid().id());
                String[] search = Household.searchKeys(
                        h.building() == null ? null : h.building().name(), h.unit(), h.room(), h.address());
                inserts.add(
                        h.grid().id(),
                        h.building() == null ? null : h.building().id(),
                        h.unit(),
                        h.room(),
                        h.address(),
                        h.addressKey(),
                        search[0],
                        search[1],
                        search[2],
                        search[3],
                        h.housingType(),
                        h.phone() == null ? null : cipher.encrypt(h.phone()),
                        phoneHash,
                        h.phone() == null ? null : Phones.mask(h.phone()),
                        "ACTIVE",
                        h.areaPath(),
                        0L,
                        now,
                        now);
                inserted.add(h);
                continue;
            }
            household.id = found.id();
            household.currentHead = found.headId();
            householdsById.put(household.id, household);
            List<String> changed = new ArrayList<>();
            if (!found.housingType().equals(h.housingType())) {
                changed.add("housingType");
            }
            if (!Objects.equals(found.phoneHash(), phoneHash)) {
                changed.add("phone");
            }
            if (!found.tags().equals(h.tags())) {
                changed.add("tags");
                tagReplacements.put(found.id(), h.tags());
            }
            if (!"ACTIVE".equals(found.status())) {
                changed.add("status");
            }
            if (!changed.isEmpty()) {
                household.updated = true;
                changedGrids.add(h.grid().id());
                updates.add(new Object[] {
                    h.housingType(),
                    h.phone() == null ? null : cipher.encrypt(h.phone()),
                    phoneHash,
                    h.phone() == null ? null : Phones.mask(h.phone()),
                    now,
                    found.id()
                });
                events.add(event(found.id(), null, HouseholdEvent.Kind.IMPORTED, String.join(",", changed)));
            }
        }
        // New households: their ids, tags and a history entry each.
        List<Long> ids = dryRun ? fakeIds(inserted.size()) : inserts.flush(true);
        for (int i = 0; i < inserted.size(); i++) {
            HouseholdValues h = inserted.get(i);
            long id = ids.get(i);
            FileHousehold household = households.get(h.addressKey());
            household.id = id;
            householdsById.put(id, household);
            if (!h.tags().isEmpty()) {
                tagReplacements.put(id, h.tags());
            }
            events.add(event(id, null, HouseholdEvent.Kind.IMPORTED, null));
        }
        if (dryRun) {
            return;
        }
        batch(
                "UPDATE household SET housing_type = ?, phone_enc = ?, phone_hash = ?, phone_masked = ?, status = 'ACTIVE', "
                        + "version = version + 1, updated_at = ? WHERE id = ?",
                updates);
        replaceTags(
                "household_tag",
                "household_id",
                "code",
                tagReplacements,
                existing.values().stream()
                        .map(ExistingHousehold::id)
                        .filter(tagReplacements::containsKey)
                        .toList());
        insertEvents(events);
    }

    private void writeResidents(List<ImportRow> chunk) throws SQLException {
        Map<String, ExistingResident> existing = ExistingRecords.residents(
                connection, chunk.stream().map(row -> row.resident().idHash()).toList());
        MultiRowInsert inserts = new MultiRowInsert(
                connection,
                "resident",
                "household_id",
                "name",
                "name_initials",
                "name_pinyin",
                "gender",
                "birth_date",
                "ethnicity",
                "id_card_enc",
                "id_card_hash",
                "id_card_masked",
                "phone_enc",
                "phone_hash",
                "phone_masked",
                "relation",
                "registration_type",
                "political_status",
                "employment_status",
                "education",
                "disability_grade",
                "move_in_date",
                "status",
                "area_path",
                "version",
                "created_at",
                "updated_at");
        List<ImportRow> inserted = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> headClears = new ArrayList<>();
        Map<Long, Set<String>> tagReplacements = new LinkedHashMap<>();
        List<Long> replacedTagOwners = new ArrayList<>();
        Map<Long, Set<String>> nameParts = new LinkedHashMap<>();
        List<Long> renamed = new ArrayList<>();
        for (ImportRow row : chunk) {
            HouseholdValues h = row.household();
            ResidentValues r = row.resident();
            FileHousehold household = households.get(h.addressKey());
            String phoneHash = r.phone() == null ? null : cipher.hash(r.phone());
            ExistingResident found = existing.get(r.idHash());
            if (found == null) {
                residentsCreated++;
                changedGrids.add(h.grid().id());
                NamePinyin pinyin = NamePinyin.of(r.name());
                inserts.add(
                        household.id,
                        r.name(),
                        pinyin.initials(),
                        pinyin.full(),
                        IdCards.gender(r.idCard()),
                        IdCards.birthDate(r.idCard()),
                        r.ethnicity(),
                        cipher.encrypt(r.idCard()),
                        r.idHash(),
                        IdCards.mask(r.idCard()),
                        r.phone() == null ? null : cipher.encrypt(r.phone()),
                        phoneHash,
                        r.phone() == null ? null : Phones.mask(r.phone()),
                        r.relation(),
                        r.registrationType(),
                        r.politicalStatus(),
                        r.employmentStatus(),
                        r.education(),
                        r.disabilityGrade(),
                        r.moveInDate(),
                        "ACTIVE",
                        h.areaPath(),
                        0L,
                        now,
                        now);
                inserted.add(row);
                continue;
            }
            if (RowValidator.HEAD.equals(r.relation())) {
                household.newHead = found.id();
            }
            List<String> changed = new ArrayList<>();
            compare(changed, "name", found.name(), r.name());
            compare(changed, "ethnicity", found.ethnicity(), r.ethnicity());
            compare(changed, "phone", found.phoneHash(), phoneHash);
            compare(changed, "relation", found.relation(), r.relation());
            compare(changed, "registrationType", found.registrationType(), r.registrationType());
            compare(changed, "politicalStatus", found.politicalStatus(), r.politicalStatus());
            compare(changed, "employmentStatus", found.employmentStatus(), r.employmentStatus());
            compare(changed, "education", found.education(), r.education());
            compare(changed, "disabilityGrade", found.disabilityGrade(), r.disabilityGrade());
            compare(changed, "moveInDate", found.moveInDate(), r.moveInDate());
            compare(changed, "status", found.status(), "ACTIVE");
            if (!found.tags().equals(r.careTags())) {
                changed.add("tags");
                tagReplacements.put(found.id(), r.careTags());
                replacedTagOwners.add(found.id());
            }
            boolean moved = found.householdId() != household.id;
            if (!moved && changed.isEmpty()) {
                residentsUnchanged++;
                continue;
            }
            residentsUpdated++;
            // A resident moving in from another household leaves that household's grid.
            changedGrids.add(h.grid().id());
            changedGrids.add(Household.gridOfPath(found.areaPath()));
            boolean samePhone = Objects.equals(found.phoneHash(), phoneHash);
            NamePinyin pinyin = NamePinyin.of(r.name());
            if (!found.name().equals(r.name())) {
                nameParts.put(found.id(), NameParts.of(r.name()));
                renamed.add(found.id());
            }
            updates.add(new Object[] {
                household.id,
                r.name(),
                pinyin.initials(),
                pinyin.full(),
                r.ethnicity(),
                samePhone ? found.phoneEnc() : (r.phone() == null ? null : cipher.encrypt(r.phone())),
                phoneHash,
                samePhone ? found.phoneMasked() : (r.phone() == null ? null : Phones.mask(r.phone())),
                r.relation(),
                r.registrationType(),
                r.politicalStatus(),
                r.employmentStatus(),
                r.education(),
                r.disabilityGrade(),
                r.moveInDate(),
                h.areaPath(),
                now,
                found.id()
            });
            if (moved) {
                events.add(event(found.householdId(), found.id(), HouseholdEvent.Kind.MEMBER_LEFT, null));
                events.add(event(household.id, found.id(), HouseholdEvent.Kind.MEMBER_JOINED, null));
                headClears.add(new Object[] {now, found.householdId(), found.id()});
                FileHousehold left = householdsById.get(found.householdId());
                if (left != null && Objects.equals(left.currentHead, found.id())) {
                    left.currentHead = null;
                }
            } else {
                events.add(
                        event(household.id, found.id(), HouseholdEvent.Kind.MEMBER_UPDATED, String.join(",", changed)));
            }
        }
        List<Long> ids = dryRun ? fakeIds(inserted.size()) : inserts.flush(true);
        for (int i = 0; i < inserted.size(); i++) {
            ImportRow row = inserted.get(i);
            long id = ids.get(i);
            FileHousehold household = households.get(row.household().addressKey());
            if (RowValidator.HEAD.equals(row.resident().relation())) {
                household.newHead = id;
            }
            if (!row.resident().careTags().isEmpty()) {
                tagReplacements.put(id, row.resident().careTags());
            }
            nameParts.put(id, NameParts.of(row.resident().name()));
            events.add(event(household.id, id, HouseholdEvent.Kind.MEMBER_JOINED, null));
        }
        if (dryRun) {
            return;
        }
        batch(
                "UPDATE resident SET household_id = ?, name = ?, name_initials = ?, name_pinyin = ?, ethnicity = ?, phone_enc = ?, "
                        + "phone_hash = ?, phone_masked = ?, relation = ?, registration_type = ?, political_status = ?, "
                        + "employment_status = ?, education = ?, disability_grade = ?, move_in_date = ?, move_out_date = NULL, "
                        + "status = 'ACTIVE', area_path = ?, version = version + 1, updated_at = ? WHERE id = ?",
                updates);
        batch(
                "UPDATE household SET head_resident_id = NULL, version = version + 1, updated_at = ? "
                        + "WHERE id = ? AND head_resident_id = ?",
                headClears);
        replaceTags("resident_tag", "resident_id", "code", tagReplacements, replacedTagOwners);
        replaceTags("resident_name_part", "resident_id", "part", nameParts, renamed);
        insertEvents(events);
    }

    /** Each household's head is the resident on its 户主 row. */
    private void writeHeads() throws SQLException {
        Map<Long, Long> created = new LinkedHashMap<>();
        List<Object[]> changed = new ArrayList<>();
        for (FileHousehold household : households.values()) {
            if (household.newHead == null || household.newHead.equals(household.currentHead)) {
                continue;
            }
            if (household.created) {
                created.put(household.id, household.newHead);
            } else {
                household.updated = true;
                changed.add(new Object[] {household.newHead, now, household.id});
            }
            if (created.size() + changed.size() >= RegistryImportService.CHUNK) {
                flushHeads(created, changed);
            }
        }
        flushHeads(created, changed);
    }

    private void flushHeads(Map<Long, Long> created, List<Object[]> changed) throws SQLException {
        if (!dryRun) {
            // A new household's head is part of its creation: no version change.
            MultiRowInsert.setById(connection, "household", "head_resident_id", created);
            batch(
                    "UPDATE household SET head_resident_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
                    changed);
            List<Object[]> events = new ArrayList<>();
            for (Object[] change : changed) {
                events.add(event((Long) change[2], (Long) change[0], HouseholdEvent.Kind.IMPORTED, "headResidentId"));
            }
            insertEvents(events);
        }
        created.clear();
        changed.clear();
    }

    /** Replaces the rows of a value table (tags, name parts) of the given owners. */
    private void replaceTags(
            String table, String owner, String column, Map<Long, Set<String>> tags, List<Long> existingOwners)
            throws SQLException {
        if (!existingOwners.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE " + owner
                    + " IN (" + SqlLists.placeholders(existingOwners.size()) + ")")) {
                SqlLists.bind(statement, 1, existingOwners);
                statement.executeUpdate();
            }
        }
        MultiRowInsert insert = new MultiRowInsert(connection, table, owner, column);
        for (Map.Entry<Long, Set<String>> entry : tags.entrySet()) {
            for (String code : entry.getValue()) {
                insert.add(entry.getKey(), code);
            }
        }
        insert.flush(false);
    }

    private Object[] event(long householdId, Long residentId, HouseholdEvent.Kind kind, String detail) {
        return new Object[] {householdId, residentId, kind.name(), detail, actor, now};
    }

    private void insertEvents(List<Object[]> events) throws SQLException {
        MultiRowInsert insert = new MultiRowInsert(
                connection, "household_event", "household_id", "resident_id", "kind", "detail", "actor", "at");
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

    /** Negative stand-ins for the ids a dry run does not get, so that rows still find their household. */
    private List<Long> fakeIds(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(--fakeIds);
        }
        return ids;
    }

    private static void compare(List<String> changed, String field, Object stored, Object imported) {
        if (!Objects.equals(stored, imported)) {
            changed.add(field);
        }
    }
}
