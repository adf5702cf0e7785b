package com.gridwork.dev.generate;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.registry.excel.RegistrySql;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RegistryGeneratorTest {
    @Inject
    Fixtures fixtures;

    @Inject
    RegistryGenerator generator;

    @Inject
    RegistrySql sql;

    @Inject
    PersonalDataCipher cipher;

    @Test
    void generatesValidEncryptedHouseholdsInFlatsAndStreets() {
        World w = fixtures.world();
        fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        fixtures.area(AreaLevel.BUILDING, w.gridA1(), "2号楼");
        RegistryGenerator.Result result = generator.generate(Map.of(w.gridA1(), 120, w.gridB1(), 30), 7L, "test");
        assertThat(result.households()).isEqualTo(150);
        assertThat(result.residents()).isGreaterThan(150);

        assertThat(sql.count("SELECT COUNT(*) FROM household WHERE grid_id = ?", w.gridA1()))
                .isEqualTo(120);
        // Two 6-floor buildings (fixtures have no floors/units: 6 and 1 assumed) hold at most 9 flats a floor: 108.
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household WHERE grid_id = ? AND building_id IS NOT NULL AND room_no IS NOT NULL",
                        w.gridA1()))
                .isEqualTo(108);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household WHERE grid_id = ? AND building_id IS NULL AND address IS NOT NULL",
                        w.gridA1()))
                .isEqualTo(12);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household WHERE grid_id = ? AND address IS NOT NULL AND building_id IS NULL",
                        w.gridB1()))
                .isEqualTo(30);
        assertThat(sql.count("SELECT COUNT(DISTINCT address_key) FROM household WHERE grid_id = ?", w.gridA1()))
                .isEqualTo(120);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household h JOIN resident r ON r.id = h.head_resident_id AND r.household_id = h.id "
                                + "AND r.relation = 'HEAD' WHERE h.grid_id IN (?, ?)",
                        w.gridA1(),
                        w.gridB1()))
                .isEqualTo(150);

        // Households in flats carry their building's path, the others their grid's; residents their household's.
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household h JOIN area b ON b.id = h.building_id WHERE h.grid_id = ? "
                                + "AND h.area_path = b.path",
                        w.gridA1()))
                .isEqualTo(108);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household h JOIN area g ON g.id = h.grid_id WHERE h.grid_id IN (?, ?) "
                                + "AND h.building_id IS NULL AND h.area_path = g.path",
                        w.gridA1(),
                        w.gridB1()))
                .isEqualTo(42);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM resident r JOIN household h ON h.id = r.household_id WHERE h.grid_id IN (?, ?) "
                                + "AND r.area_path <> h.area_path",
                        w.gridA1(),
                        w.gridB1()))
                .isZero();

        List<Map<String, Object>> residents = sql.rows(
                "SELECT * FROM resident WHERE area_path LIKE ? OR area_path LIKE ?",
                sql.path(w.gridA1()) + "%",
                sql.path(w.gridB1()) + "%");
        assertThat(residents).hasSize(result.residents());
        String dump = residents.toString();
        for (Map<String, Object> r : residents) {
            String id = cipher.decrypt((String) r.get("id_card_enc"));
            assertThat(IdCards.problem(id)).isEmpty();
            assertThat(dump).doesNotContain(id);
            assertThat(r.get("id_card_hash")).isEqualTo(cipher.hash(id));
            assertThat(r.get("id_card_masked")).isEqualTo(IdCards.mask(id));
            assertThat(r.get("gender")).isEqualTo(IdCards.gender(id));
            assertThat(r.get("birth_date").toString())
                    .isEqualTo(IdCards.birthDate(id).toString());
            assertThat(IdCards.birthDate(id)).isBefore(LocalDate.now());
            assertThat((String) r.get("name")).hasSizeBetween(2, 3);
            if (r.get("phone_enc") != null) {
                String phone = cipher.decrypt((String) r.get("phone_enc"));
                assertThat(phone).matches("1[3-9]\\d{9}");
                assertThat(dump).doesNotContain(phone);
                assertThat(r.get("phone_hash")).isEqualTo(cipher.hash(phone));
            }
        }
        // Tags with realistic spread: elderly care groups and rented flats both occur.
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM resident_tag t JOIN resident r ON r.id = t.resident_id WHERE t.code = 'ELDERLY' "
                                + "AND (r.area_path LIKE ? OR r.area_path LIKE ?)",
                        sql.path(w.gridA1()) + "%",
                        sql.path(w.gridB1()) + "%"))
                .isPositive();
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household_tag t JOIN household h ON h.id = t.household_id WHERE t.code = 'RENTAL' "
                                + "AND h.grid_id IN (?, ?)",
                        w.gridA1(),
                        w.gridB1()))
                .isPositive();
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household_event e JOIN household h ON h.id = e.household_id WHERE e.kind = 'CREATED' "
                                + "AND h.grid_id IN (?, ?)",
                        w.gridA1(),
                        w.gridB1()))
                .isEqualTo(150);
    }
}
