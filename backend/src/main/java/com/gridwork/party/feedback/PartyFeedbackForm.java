package com.gridwork.party.feedback;

import com.gridwork.common.pdf.PdfFonts;
import com.gridwork.common.pdf.PdfPages;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackView;
import com.gridwork.volunteer.certificate.ServiceHours;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.gridwork.common.pdf.PdfPages.text;

/**
 * A member's feedback form (反馈单) as one A4 page: the title, the salutation to the employer's party organisation, a
 * table of the member, the year's figures, the rating and the community's comment, the community's seal line and the
 * date, and how the figures are counted. A long comment is set smaller until the page holds it.
 */
final class PartyFeedbackForm {
    static final String TITLE = "在职党员到社区报到服务情况反馈单";
    static final String UNRATED = "未评定";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float BOTTOM = MARGIN;
    private static final float BODY = 12;
    private static final float LEADING = 21;
    private static final float LABEL_WIDTH = 130;
    private static final float PAD = 7;
    /** Room kept below the table: the seal line, the date and the note. */
    private static final float CLOSING = 150;

    private PartyFeedbackForm() {}

    /** The form, dated {@code dated} (the rating's day, or today while unrated). */
    static byte[] render(PartyFeedbackView form, LocalDate dated) {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.open(doc)) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                new Writer(out, fonts, form, dated).write();
            }
            PdfPages.info(
                    doc, TITLE + " " + form.volunteer().name(), form.community().name(), dated);
            return PdfPages.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows: label and value; the comment last. */
    static List<String[]> rows(PartyFeedbackView form) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"姓名", form.volunteer().name()});
        rows.add(new String[] {"工作单位", form.employer()});
        if (form.employerPartyOrg() != null) {
            rows.add(new String[] {"单位党组织", form.employerPartyOrg()});
        }
        rows.add(new String[] {"报到社区", form.community().name()});
        rows.add(new String[] {"报到年度", form.year() + "年"});
        rows.add(new String[] {"年度确认服务时长", ServiceHours.text(form.confirmedMinutes()) + " 小时"});
        rows.add(new String[] {"认领岗位", form.postsHeld() + " 个"});
        rows.add(new String[] {"点亮微心愿", form.wishesRealised() + " 个"});
        rows.add(new String[] {"评定等次", form.rating() == null ? UNRATED : form.rating().chinese});
        rows.add(new String[] {"社区意见", form.comment() == null ? "" : form.comment()});
        return rows;
    }

    private static final class Writer {
        private final PDPageContentStream out;
        private final PdfFonts fonts;
        private final PartyFeedbackView form;
        private final LocalDate dated;
        private float y = PAGE.getHeight() - MARGIN;

        Writer(PDPageContentStream out, PdfFonts fonts, PartyFeedbackView form, LocalDate dated) {
            this.out = out;
            this.fonts = fonts;
            this.form = form;
            this.dated = dated;
        }

        void write() throws IOException {
            centred(fonts.bold, 20, TITLE);
            y -= 8;
            centred(fonts.regular, BODY, "（" + form.year() + "年度）");
            y -= 14;
            String to = form.employerPartyOrg() != null ? form.employerPartyOrg() : form.employer();
            paragraph(fonts.printable(to) + "：");
            paragraph("　　贵单位党员" + fonts.printable(form.volunteer().name()) + "同志" + form.year() + "年度向"
                    + fonts.printable(form.community().name()) + "报到，参加社区服务的情况反馈如下：");
            y -= 6;
            List<String[]> rows = rows(form);
            for (String[] row : rows.subList(0, rows.size() - 1)) {
                row(row[0], fonts.printable(row[1]), BODY);
            }
            String[] comment = rows.get(rows.size() - 1);
            row(comment[0], fonts.printable(comment[1]), commentSize(fonts.printable(comment[1])));
            y -= 36;
            right(fonts.printable(form.community().name()) + "党组织（盖章）");
            right(PdfPages.date(dated));
            note();
        }

        /** The largest size, from the body's down to 7 pt, at which the comment leaves room for the closing block. */
        private float commentSize(String comment) {
            float room = y - BOTTOM - CLOSING;
            for (float size = BODY; size > 7; size -= 0.5f) {
                if (cellHeight(comment, size) <= room) {
                    return size;
                }
            }
            return 7;
        }

        private float cellHeight(String value, float size) {
            int lines = fonts.wrap(fonts.regular, size, value, RIGHT - LEFT - LABEL_WIDTH - 2 * PAD)
                    .size();
            return Math.max(1, lines) * size * 1.45f + 2 * PAD;
        }

        private void row(String label, String value, float size) throws IOException {
            float height = Math.max(cellHeight(value, size), BODY * 1.45f + 2 * PAD);
            text(out, fonts.bold, BODY, LEFT + PAD, y - PAD - BODY, label);
            float baseline = y - PAD - size;
            for (String line : fonts.wrap(fonts.regular, size, value, RIGHT - LEFT - LABEL_WIDTH - 2 * PAD)) {
                text(out, fonts.regular, size, LEFT + LABEL_WIDTH + PAD, baseline, line);
                baseline -= size * 1.45f;
            }
            out.setLineWidth(0.6f);
            out.addRect(LEFT, y - height, LABEL_WIDTH, height);
            out.addRect(LEFT + LABEL_WIDTH, y - height, RIGHT - LEFT - LABEL_WIDTH, height);
            out.stroke();
            y -= height;
        }

        private void paragraph(String s) throws IOException {
            for (String line : fonts.wrap(fonts.regular, BODY, s, RIGHT - LEFT)) {
                text(out, fonts.regular, BODY, LEFT, y - BODY, line);
                y -= LEADING;
            }
        }

        private void centred(PDType0Font font, float size, String s) throws IOException {
            text(out, font, size, (PAGE.getWidth() - fonts.width(font, size, s)) / 2, y - size, s);
            y -= size + 10;
        }

        private void right(String s) throws IOException {
            text(out, fonts.regular, BODY, RIGHT - fonts.width(fonts.regular, BODY, s), y - BODY, s);
            y -= LEADING;
        }

        /** How the figures are counted, at the foot of the page. */
        private void note() throws IOException {
            String note = "说明：年度确认服务时长为本人志愿服务时长记录中服务日期在本年度、经确认的时长合计（含冲销）；"
                    + "认领岗位为本年度报到期间认领过的岗位个数；点亮微心愿为本人认领并经网格员确认、于本年度实现的微心愿个数。";
            float size = 9;
            List<String> lines = fonts.wrap(fonts.regular, size, note, RIGHT - LEFT);
            float ny = BOTTOM + lines.size() * (size + 4);
            for (String line : lines) {
                text(out, fonts.regular, size, LEFT, ny - size, line);
                ny -= size + 4;
            }
        }
    }
}
