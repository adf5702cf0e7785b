package com.gridwork.common.validation;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaCreate;
import com.gridwork.area.AreaLevel;
import com.gridwork.registry.household.HouseholdResource.RevealReason;
import com.gridwork.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Text lengths count characters, as the contract's minLength/maxLength and utf8mb4 columns do (found by ApiFuzzTest:
 * a reveal reason of one emoji passed as two characters).
 */
@QuarkusTest
class CodePointSizeTest {
    /** A rare character (CJK Extension B), as in some people's and places' names: one character, two UTF-16 units. */
    private static final String RARE = "𪚥";

    @Inject
    Validator validator;

    @Inject
    Fixtures fixtures;

    @Test
    void aSingleCharacterOutsideTheBasicPlaneIsOneCharacter() {
        assertThat(fields(validator.validate(new RevealReason("😀")))).containsExactly("reason");
        assertThat(validator.validate(new RevealReason("😀😀"))).isEmpty();
        assertThat(validator.validate(new RevealReason("核实"))).isEmpty();
    }

    @Test
    void aNameOfSixtyFourRareCharactersFitsSixtyFour() {
        assertThat(validator.validate(area(RARE.repeat(64)))).isEmpty();
        assertThat(fields(validator.validate(area(RARE.repeat(65))))).containsExactly("name");
        assertThat(fields(validator.validate(area("网".repeat(65))))).containsExactly("name");

        String admin = fixtures.staff(StaffRole.STREET_ADMIN);
        as(admin)
                .body(Map.of("level", "SUB_DISTRICT", "code", Fixtures.unique("S"), "name", RARE.repeat(64)))
                .post("/api/areas")
                .then()
                .statusCode(201);
        as(admin)
                .body(Map.of("level", "SUB_DISTRICT", "code", Fixtures.unique("S"), "name", RARE.repeat(65)))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void listsKeepTheirSizeRules() {
        long grid = fixtures.area(
                AreaLevel.GRID,
                fixtures.area(AreaLevel.COMMUNITY, fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道"), "社区"),
                "网格");
        String admin = fixtures.staff(StaffRole.STREET_ADMIN);
        as(admin)
                .body(Map.of("gridId", grid, "housingType", "OWNED", "tags", Collections.nCopies(21, "FOCUS")))
                .post("/api/households")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("tags"));
    }

    private static AreaCreate area(String name) {
        return new AreaCreate(AreaLevel.SUB_DISTRICT, null, "S1", name, null, null, null, null);
    }

    private static List<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
