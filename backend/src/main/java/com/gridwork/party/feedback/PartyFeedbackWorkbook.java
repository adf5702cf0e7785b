package com.gridwork.party.feedback;

import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * One employer's feedback workbook: a title row, then a row per member with the form's figures, rating and comment,
 * exactly as the API shows them. In Chinese, like the form: it goes to the employer's party organisation.
 */
final class PartyFeedbackWorkbook {
    static final String SHEET = "反馈单";
    static final String[] HEADERS = {
        "姓名", "报到社区", "工作单位", "单位党组织", "年度确认服务时长（小时）", "认领岗位（个）", "点亮微心愿（个）", "评定等次", "社区意见", "评定日期"
    };
    private static final int[] WIDTHS = {12, 16, 24, 24, 14, 12, 12, 10, 40, 12};

    private PartyFeedbackWorkbook() {}

    static void write(int year, String employer, List<PartyFeedbackView> forms, ZoneId zone, OutputStream out)
            throws IOException {
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(SHEET);
            sheet.value(0, 0, employer + " 在职党员" + year + "年度到社区报到服务情况反馈单");
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.value(1, c, HEADERS[c]);
                sheet.style(1, c).bold().fillColor("DDEBF7").wrapText(true).set();
                sheet.width(c, WIDTHS[c]);
            }
            int r = 1;
            for (PartyFeedbackView f : forms) {
                r++;
                sheet.value(r, 0, f.volunteer().name());
                sheet.value(r, 1, f.community().name());
                sheet.value(r, 2, f.employer());
                if (f.employerPartyOrg() != null) {
                    sheet.value(r, 3, f.employerPartyOrg());
                }
                sheet.value(r, 4, f.confirmedHours());
                sheet.style(r, 4).format("0.00").set();
                sheet.value(r, 5, f.postsHeld());
                sheet.value(r, 6, f.wishesRealised());
                if (f.rating() != null) {
                    sheet.value(r, 7, f.rating().chinese);
                }
                if (f.comment() != null) {
                    sheet.value(r, 8, f.comment());
                    sheet.style(r, 8).wrapText(true).set();
                }
                if (f.ratedAt() != null) {
                    sheet.value(r, 9, f.ratedAt().atZone(zone).toLocalDate());
                    sheet.style(r, 9).format("yyyy-mm-dd").set();
                }
            }
        }
    }
}
