package com.gridwork.partybuilding;

import com.gridwork.common.i18n.Messages;
import com.gridwork.partybuilding.PartyBuildingDefinitions.Figure;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStats;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsCount;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsDefinition;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsUnitRatio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The statistics as a workbook: the figures with the report lines, the breakdowns, the definitions (the API's numbers). */
@ApplicationScoped
public class PartyBuildingStatsExport {
    @Inject
    Messages messages;

    public void write(PartyBuildingStats s, Locale locale, OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0")) {
            Worksheet figures = workbook.newWorksheet(messages.get(locale, "party-building.sheet.figures"));
            figures.width(0, 24);
            figures.width(1, 14);
            figures.value(
                    0, 0, s.areaName() == null ? messages.get(locale, "party-building.whole-scope") : s.areaName());
            figures.value(1, 0, s.from() + " ~ " + s.to());
            figures.value(2, 0, s.memberReportLine());
            figures.value(3, 0, s.coBuildReportLine());
            int r = 5;
            for (Map.Entry<Figure, Long> e : scalars(s).entrySet()) {
                figures.value(r, 0, e.getKey().name(locale));
                figures.value(r++, 1, e.getValue());
            }

            Worksheet breakdowns = workbook.newWorksheet(messages.get(locale, "party-building.sheet.breakdowns"));
            breakdowns.width(0, 28);
            int b = 0;
            b = counts(
                    breakdowns, b, Figure.MEMBERS_BY_EMPLOYER_TYPE, s.members().byEmployerType(), locale);
            b = counts(
                    breakdowns, b, Figure.MEMBERS_BY_POST_CATEGORY, s.members().byPostCategory(), locale);
            b = counts(breakdowns, b, Figure.AGREEMENTS_BY_STATUS, s.coBuild().agreementsByStatus(), locale);
            b = counts(breakdowns, b, Figure.PROJECTS_BY_STATUS, s.coBuild().projectsByStatus(), locale);
            breakdowns.value(b, 0, Figure.UNIT_RATIOS.name(locale));
            breakdowns.style(b++, 0).bold().set();
            List<String> columns = List.of("membersReported", "partyMemberTotal", "ratio", "unitReportTotal");
            for (int c = 0; c < columns.size(); c++) {
                breakdowns.value(b, c + 1, messages.get(locale, "party-building.column." + columns.get(c)));
            }
            b++;
            for (PartyBuildingStatsUnitRatio u : s.members().unitRatios()) {
                breakdowns.value(b, 0, u.unitName());
                breakdowns.value(b, 1, u.membersReported());
                breakdowns.value(b, 2, u.partyMemberTotal());
                if (u.ratio() != null) {
                    breakdowns.value(b, 3, u.ratio());
                }
                if (u.unitReportTotal() != null) {
                    breakdowns.value(b, 4, u.unitReportTotal());
                }
                b++;
            }

            Worksheet definitions = workbook.newWorksheet(messages.get(locale, "party-building.sheet.definitions"));
            definitions.width(0, 20);
            definitions.width(1, 100);
            int d = 0;
            for (PartyBuildingStatsDefinition definition : s.definitions()) {
                definitions.value(d, 0, definition.name());
                definitions.value(d++, 1, definition.definition());
            }
        }
    }

    /** The single-number figures, in the definitions' order. */
    static Map<Figure, Long> scalars(PartyBuildingStats s) {
        Map<Figure, Long> out = new LinkedHashMap<>();
        out.put(Figure.MEMBERS_REPORTED, s.members().membersReported());
        out.put(Figure.MEMBERS_ACTIVE_NOW, s.members().membersActiveNow());
        out.put(Figure.POSTS, s.posts().posts());
        out.put(Figure.POST_CAPACITY, s.posts().postCapacity());
        out.put(Figure.LIVE_CLAIMS, s.posts().liveClaims());
        out.put(Figure.FILLED_POSTS, s.posts().filledPosts());
        out.put(Figure.CLAIMS_MADE, s.posts().claimsMade());
        out.put(Figure.WISHES_PUBLISHED, s.wishes().wishesPublished());
        out.put(Figure.WISHES_CLAIMED, s.wishes().wishesClaimed());
        out.put(Figure.WISHES_REALISED, s.wishes().wishesRealised());
        out.put(Figure.WISHES_OPEN, s.wishes().wishesOpen());
        out.put(Figure.UNITS, s.coBuild().units());
        out.put(Figure.UNITS_PAIRED, s.coBuild().unitsPaired());
        out.put(Figure.COMMUNITIES_PAIRED, s.coBuild().communitiesPaired());
        out.put(Figure.PROJECTS_SIGNED, s.coBuild().projectsSigned());
        out.put(Figure.PROJECTS_COMPLETED, s.coBuild().projectsCompleted());
        out.put(Figure.OVERDUE_MILESTONES, s.coBuild().overdueMilestones());
        return out;
    }

    private static int counts(
            Worksheet sheet, int row, Figure figure, List<PartyBuildingStatsCount> counts, Locale locale) {
        sheet.value(row, 0, figure.name(locale));
        sheet.style(row++, 0).bold().set();
        for (PartyBuildingStatsCount c : counts) {
            sheet.value(row, 0, c.name());
            sheet.value(row++, 1, c.count());
        }
        return row + 1;
    }
}
