package com.gridwork.registry.excel;

import com.gridwork.dictionary.DictionaryCategory;

/**
 * The columns of the registry workbook (one row per resident, the household's columns repeated on each of its
 * rows), shared by the import template, the import and the export. Headers are matched by name on import, so
 * columns may come in any order and unknown columns (such as the export's 状态) are ignored.
 */
public enum RegistryColumn {
    GRID_CODE("网格编码", true, null, false, 14, "网格的编码（区域管理中“网格”的编码），须在您的管辖范围内。"),
    BUILDING_CODE("楼栋编码", false, null, false, 12, "该网格下楼栋的编码。有楼栋时填写，并同时填写房号；平房区不填，改填“地址”。"),
    UNIT("单元", false, null, false, 8, "单元号，如 2。没有单元的楼栋可不填。"),
    ROOM("房号", false, null, false, 8, "房号，如 301。填写了楼栋编码时必填。"),
    ADDRESS("地址", false, null, false, 28, "平房区（不填楼栋编码时）的门牌地址，必填。"),
    HOUSING_TYPE("住房类型", true, DictionaryCategory.HOUSING_TYPE, false, 12, "住房类型。"),
    HOUSEHOLD_TAGS("户标签", false, DictionaryCategory.HOUSEHOLD_TAG, true, 16, "户标签，可填多个，用逗号或顿号（、）分隔。"),
    HOUSEHOLD_PHONE("户联系电话", false, null, false, 15, "户的联系电话：11 位手机号，或带区号的固定电话（如 0571-87654321）。"),
    NAME("姓名", true, null, false, 10, "居民姓名，最多 64 个字。"),
    RELATION("与户主关系", true, DictionaryCategory.RELATION, false, 12, "与户主的关系。每户必须有且只有一名“户主”。"),
    ID_CARD("身份证号", true, null, false, 21, "18 位居民身份证号码，末位可为 X。请将此列设为“文本”格式，以免 Excel 改写数字。性别和出生日期由身份证号自动得出。"),
    PHONE("联系电话", false, null, false, 15, "居民本人的联系电话。"),
    ETHNICITY("民族", true, DictionaryCategory.ETHNICITY, false, 10, "民族。"),
    REGISTRATION_TYPE("户籍类型", true, DictionaryCategory.REGISTRATION_TYPE, false, 12, "户籍类型。"),
    POLITICAL_STATUS("政治面貌", false, DictionaryCategory.POLITICAL_STATUS, false, 12, "政治面貌。"),
    EMPLOYMENT_STATUS("就业状况", false, DictionaryCategory.EMPLOYMENT_STATUS, false, 12, "就业状况。"),
    EDUCATION("文化程度", false, DictionaryCategory.EDUCATION, false, 12, "文化程度。"),
    DISABILITY_GRADE("残疾等级", false, DictionaryCategory.DISABILITY_GRADE, false, 10, "残疾等级，无残疾不填。"),
    CARE_TAGS("关怀标签", false, DictionaryCategory.CARE_GROUP, true, 18, "关怀对象类别，可填多个，用逗号或顿号（、）分隔。"),
    MOVE_IN_DATE("迁入日期", false, null, false, 12, "迁入本户的日期，格式 yyyy-MM-dd（如 2020-05-01），或 Excel 日期。");

    /** The export's extra column (ignored on import). */
    public static final String STATUS_HEADER = "状态";

    private final String header;
    private final boolean required;
    private final DictionaryCategory category;
    private final boolean multiple;
    private final int width;
    private final String help;

    RegistryColumn(
            String header, boolean required, DictionaryCategory category, boolean multiple, int width, String help) {
        this.header = header;
        this.required = required;
        this.category = category;
        this.multiple = multiple;
        this.width = width;
        this.help = help;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The dictionary whose names the column holds, or null for free text. */
    public DictionaryCategory category() {
        return category;
    }

    /** True for tag columns holding several names. */
    public boolean multiple() {
        return multiple;
    }

    public int width() {
        return width;
    }

    /** Help text for the instructions sheet (the workbook is in Chinese). */
    public String help() {
        return help;
    }
}
