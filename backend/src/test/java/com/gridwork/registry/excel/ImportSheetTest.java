package com.gridwork.registry.excel;

import com.gridwork.common.error.ApiProblem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing an import workbook into rows of text: no rules yet, no database. */
class ImportSheetTest {
    @TempDir
    Path dir;

    /** A workbook whose first sheet holds these rows (a null row stays empty; LocalDate cells are Excel dates). */
    Path workbook(List<?>... rows) throws IOException {
        Path file = dir.resolve("import.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("住户居民");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; rows[r] != null && c < rows[r].size(); c++) {
                    Workbooks.cell(sheet, r, c, rows[r].get(c));
                }
            }
        }
        return file;
    }

    static List<SheetRow> rows(Path file) {
        try (ImportSheet sheet = ImportSheet.open(file)) {
            ImportSheet.Header header = sheet.header();
            List<SheetRow> rows = new ArrayList<>();
            sheet.rows(header).forEach(rows::add);
            return rows;
        }
    }

    @Test
    void headersAreFoundByNameInAnyOrderAndUnknownOnesIgnored() throws IOException {
        List<String> headers = new ArrayList<>(Workbooks.HEADERS);
        headers.set(0, "*网格编码 ");
        headers.add(0, "状态");
        try (ImportSheet sheet = ImportSheet.open(workbook(headers))) {
            ImportSheet.Header header = sheet.header();
            assertThat(header.missing()).isEmpty();
            assertThat(header.columns())
                    .hasSize(RegistryColumn.values().length)
                    .containsEntry(RegistryColumn.GRID_CODE, 1)
                    .containsEntry(RegistryColumn.MOVE_IN_DATE, RegistryColumn.values().length);
        }
    }

    @Test
    void everyMissingRequiredColumnIsAnErrorInRowOne() throws IOException {
        try (ImportSheet sheet = ImportSheet.open(workbook(List.of("姓名", "地址", "民族")))) {
            ImportSheet.Header header = sheet.header();
            assertThat(header.columns())
                    .containsOnlyKeys(RegistryColumn.NAME, RegistryColumn.ADDRESS, RegistryColumn.ETHNICITY);
            assertThat(header.missing().stream().map(RowValidatorTest::describe))
                    .containsExactly(
                            "1 GRID_CODE import.header.missing [网格编码]",
                            "1 HOUSING_TYPE import.header.missing [住房类型]",
                            "1 RELATION import.header.missing [与户主关系]",
                            "1 ID_CARD import.header.missing [身份证号]",
                            "1 REGISTRATION_TYPE import.header.missing [户籍类型]");
        }
    }

    @Test
    void rowsComeAsTrimmedTextWithoutBlankOnes() throws IOException {
        List<String> headers = List.of("网格编码", "房号", "姓名", "身份证号", "迁入日期", "备注");
        List<SheetRow> rows = rows(workbook(
                headers,
                Arrays.asList("G1", 301, "\u3000张伟\u00a0", "11010519491231002X", LocalDate.of(2020, 5, 1), "x"),
                null,
                Arrays.asList(" ", null, "", null, null, "\u3000"),
                Arrays.asList("G1", "302", "李娜", 110105194912310038L, "2021年6月2日"),
                Arrays.asList("G2", null, "王芳", "110105194912310038", "去年")));
        assertThat(rows).hasSize(3);
        SheetRow first = rows.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.cells())
                .isEqualTo(Map.of(
                        RegistryColumn.GRID_CODE,
                        "G1",
                        RegistryColumn.ROOM,
                        "301",
                        RegistryColumn.NAME,
                        "张伟",
                        RegistryColumn.ID_CARD,
                        "11010519491231002X"));
        assertThat(first.idCardIsNumber()).isFalse();
        assertThat(first.moveInDate()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(first.moveInDateInvalid()).isFalse();
        // the blank rows 3 and 4 are skipped, numbering is Excel's
        SheetRow second = rows.get(1);
        assertThat(second.row()).isEqualTo(5);
        assertThat(second.text(RegistryColumn.ID_CARD)).startsWith("1101051949123");
        assertThat(second.idCardIsNumber()).isTrue();
        assertThat(second.moveInDate()).isEqualTo(LocalDate.of(2021, 6, 2));
        SheetRow third = rows.get(2);
        assertThat(third.text(RegistryColumn.ROOM)).isNull();
        assertThat(third.moveInDate()).isNull();
        assertThat(third.moveInDateInvalid()).isTrue();
    }

    @Test
    void anEmptySheetOrAFileThatIsNoWorkbookIsABadRequest() throws IOException {
        Path empty = workbook();
        assertThatThrownBy(() -> rows(empty))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.file.empty"));
        Path text = Files.writeString(dir.resolve("import.txt"), "网格编码,姓名\nG1,张伟\n");
        assertThatThrownBy(() -> rows(text))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.file.invalid"));
    }
}
