package com.gridwork.area;

import com.gridwork.access.StaffRole;
import com.gridwork.issue.IssueApi;
import com.gridwork.registry.RegistryApi;
import com.gridwork.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Communities, grids and categories come in their natural order (sort order, then code) wherever a list feeds a
 * picker, a tree, a statistics table or a chart. The areas are created so that neither their names nor their ids (nor
 * the id paths) give that order: each community and grid is created before the one whose code comes first, and its
 * name sorts first.
 */
@QuarkusTest
class NaturalOrderTest {
    @Inject
    Fixtures fixtures;

    String admin;
    long communityB;
    long communityA;
    long gridB1;
    long gridB2;
    long gridA1;

    @BeforeEach
    void world() {
        long sub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道");
        admin = fixtures.staff(StaffRole.STREET_ADMIN, sub);
        communityB = area("COMMUNITY", sub, "C-B", "甲社区");
        communityA = area("COMMUNITY", sub, "C-A", "乙社区");
        gridB2 = area("GRID", communityB, "G-2", "甲网格");
        gridB1 = area("GRID", communityB, "G-1", "乙网格");
        gridA1 = area("GRID", communityA, "G-1", "丙网格");
    }

    private long area(String level, long parentId, String code, String name) {
        return as(admin)
                .body(Map.of("level", level, "parentId", parentId, "code", code, "name", name))
                .post("/api/areas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long category(String code, int sortOrder) {
        return as(admin)
                .body(Map.of("code", code, "name", code, "timeLimitDays", 5, "sortOrder", sortOrder, "active", true))
                .post("/api/issue-categories")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void theAreaTreeListsCommunitiesAndGridsByCode() {
        JsonPath tree = as(admin)
                .get("/api/areas/tree")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(tree.getList("[0].children.id", Long.class)).containsExactly(communityA, communityB);
        assertThat(tree.getList("[0].children[1].children.id", Long.class)).containsExactly(gridB1, gridB2);
    }

    @Test
    void categoriesComeBySortOrderThenCode() {
        String prefix = Fixtures.unique("N").toUpperCase();
        long late = category(prefix + "_Z", 10);
        long second = category(prefix + "_B", 9);
        long first = category(prefix + "_A", 9);
        List<Long> ids = as(admin)
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.code.startsWith('" + prefix + "') }.id", Long.class);
        assertThat(ids).containsExactly(first, second, late);
    }

    @Test
    void issueStatisticsListCategoriesCommunitiesAndGridsInTheirNaturalOrder() {
        String prefix = Fixtures.unique("S").toUpperCase();
        long second = category(prefix + "_B", 9);
        long first = category(prefix + "_A", 9);
        for (long grid : List.of(gridB2, gridB1, gridA1)) {
            IssueApi.create(admin, IssueApi.body(second, grid));
        }
        IssueApi.create(admin, IssueApi.body(first, communityB));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonPath stats = as(admin)
                .queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(1).toString())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getList("byCategory.id", Long.class)).containsExactly(first, second);
        assertThat(stats.getList("byCommunity.id", Long.class)).containsExactly(communityA, communityB);
        // a community's issues placed at the community itself (no grid) after its grids
        assertThat(stats.getList("byGrid.id", Long.class)).containsExactly(gridA1, gridB1, gridB2, null);
    }

    @Test
    void registryStatisticsListGridsByCommunityCodeThenGridCode() {
        for (long grid : List.of(gridB2, gridB1, gridA1)) {
            RegistryApi.household(admin, grid, "测试路" + grid + "号");
        }
        List<Long> grids = as(admin)
                .get("/api/registry/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("byGrid.grid.id", Long.class);
        assertThat(grids).containsExactly(gridA1, gridB1, gridB2);
    }
}
