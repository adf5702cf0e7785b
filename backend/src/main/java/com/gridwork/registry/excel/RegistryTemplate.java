package com.gridwork.registry.excel;

import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The import template: the data sheet with the Chinese headers (required ones in red), and a second sheet
 * "填写说明" explaining each column with the allowed values of the caller's code lists.
 */
@ApplicationScoped
public class RegistryTemplate {
    public static final String DATA_SHEET = "住户居民";
    public static final String HELP_SHEET = "填写说明";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DictionaryService dictionary;

    public byte[] template() {
        RegistryDictionaries.Lists lists = new RegistryDictionaries(dictionary).of(dictionary.subDistrictOfCaller());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Workbook workbook = new Workbook(bytes, "Gridwork", "1.0")) {
            Worksheet data = workbook.newWorksheet(DATA_SHEET);
            writeHeader(data, List.of(RegistryColumn.values()), false);
            // Text format for the columns Excel would otherwise turn into numbers (ID numbers lose their last digits).
            for (RegistryColumn column : List.of(
                    RegistryColumn.ID_CARD,
                    RegistryColumn.PHONE,
                    RegistryColumn.HOUSEHOLD_PHONE,
                    RegistryColumn.UNIT,
                    RegistryColumn.ROOM,
                    RegistryColumn.GRID_CODE,
                    RegistryColumn.BUILDING_CODE)) {
                data.style(column.ordinal()).format("@").set();
            }
            Worksheet help = workbook.newWorksheet(HELP_SHEET);
            String[] headers = {"列名", "是否必填", "说明", "可选值"};
            double[] widths = {14, 10, 70, 90};
            for (int c = 0; c < headers.length; c++) {
                help.value(0, c, headers[c]);
                help.style(0, c).bold().fillColor("DDEBF7").set();
                help.width(c, widths[c]);
            }
            int r = 1;
            for (RegistryColumn column : RegistryColumn.values()) {
                help.value(r, 0, column.header());
                help.value(r, 1, column.required() ? "必填" : "选填");
                help.value(r, 2, column.help());
                if (column.category() != null) {
                    help.value(
                            r,
                            3,
                            String.join("、", lists.names(column.category()).values()));
                }
                help.style(r, 2).wrapText(true).set();
                help.style(r, 3).wrapText(true).set();
                r++;
            }
            r++;
            for (String line : List.of(
                    "说明：每行填写一名居民；同一户的各行，户的各列（网格编码至户联系电话）须填写一致。",
                    "同一户：同一楼栋、单元、房号，或（平房区）同一网格下的同一地址。每户须有且只有一名“户主”。",
                    "重复导入同一文件不会产生重复数据：住户按位置匹配，居民按身份证号匹配；文件中有变化的字段会更新。",
                    "文件有任何一行出错时不会导入任何数据，请按错误报告修改后重新上传。可先“试导入”检查。",
                    "性别、出生日期由身份证号自动得出，无需填写。")) {
                help.value(r++, 0, line);
            }
            writeDictionary(help, r + 1, lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeDictionary(Worksheet help, int start, RegistryDictionaries.Lists lists) {
        help.value(start, 0, "性别（由身份证号得出）");
        help.value(
                start,
                3,
                String.join("、", lists.names(DictionaryCategory.GENDER).values()));
    }

    /** The header row of a registry sheet: bold, required headers in red, frozen. */
    static void writeHeader(Worksheet sheet, List<RegistryColumn> columns, boolean withStatus) {
        int c = 0;
        for (RegistryColumn column : columns) {
            sheet.value(0, c, column.header());
            sheet.style(0, c)
                    .bold()
                    .fillColor("DDEBF7")
                    .fontColor(column.required() ? "C00000" : "000000")
                    .set();
            sheet.width(c, column.width());
            c++;
        }
        if (withStatus) {
            sheet.value(0, c, RegistryColumn.STATUS_HEADER);
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, 8);
        }
        sheet.freezePane(0, 1);
    }
}
