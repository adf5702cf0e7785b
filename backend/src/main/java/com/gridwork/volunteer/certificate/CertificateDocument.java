package com.gridwork.volunteer.certificate;

import com.gridwork.common.pdf.PdfFonts;
import com.gridwork.common.pdf.PdfPages;
import com.gridwork.volunteer.certificate.CertificateLines.ServiceLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.gridwork.common.pdf.PdfPages.date;
import static com.gridwork.common.pdf.PdfPages.text;

/**
 * Renders a {@link CertificateContent} as an A4 PDF: title, number, the statement with the volunteer's identity, a
 * table of the service lines (its header repeated on every page, as many pages as the lines need), the total, the
 * issuer and the date, and "page n of N" on each page. The text is real text in an embedded subset of Noto Sans SC, so
 * it prints the same everywhere and can be searched and copied.
 */
public final class CertificateDocument {
    static final String TITLE = "志愿服务证明";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Room kept at the bottom for the page footer. */
    private static final float BOTTOM = MARGIN + 24;

    private static final float BODY = 12;
    private static final float BODY_LEADING = 21;
    private static final float CELL = 10.5f;
    private static final float CELL_LEADING = 15;
    private static final float CELL_PAD = 5;
    /** Column widths: 序号, 服务项目, 服务日期, 时长 (they add up to the text width). */
    private static final float[] COLUMNS = {34, 221, 146, 82};

    private CertificateDocument() {}

    public static byte[] render(CertificateContent content) {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.open(doc)) {
            Layout layout = new Layout(doc, fonts, content);
            layout.write();
            layout.close();
            footers(doc, fonts, content);
            PdfPages.info(doc, TITLE + " " + content.number(), content.issuer(), content.issuedOn());
            return PdfPages.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void footers(PDDocument doc, PdfFonts fonts, CertificateContent content) throws IOException {
        int count = doc.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDPage page = doc.getPage(n - 1);
            try (PDPageContentStream out = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String left = "证明编号：" + fonts.printable(content.number());
                String right = "第 " + n + " 页 / 共 " + count + " 页";
                text(out, fonts.regular, 9, LEFT, MARGIN, left);
                text(out, fonts.regular, 9, RIGHT - fonts.width(fonts.regular, 9, right), MARGIN, right);
            }
        }
    }

    static String gender(String code) {
        return switch (code == null ? "" : code) {
            case "M" -> "男";
            case "F" -> "女";
            default -> "未知";
        };
    }

    /** Writes top to bottom, starting a new page (with the table header again) when the next block does not fit. */
    private static final class Layout {
        private final PDDocument doc;
        private final PdfFonts fonts;
        private final CertificateContent content;
        private PDPageContentStream out;
        private float y;

        Layout(PDDocument doc, PdfFonts fonts, CertificateContent content) {
            this.doc = doc;
            this.fonts = fonts;
            this.content = content;
        }

        void write() throws IOException {
            newPage();
            String title = TITLE;
            float titleSize = 24;
            text(out, fonts.bold, titleSize, centred(fonts.bold, titleSize, title), y - titleSize, title);
            y -= titleSize + 30;

            for (String line : fonts.wrap(fonts.regular, BODY, fonts.printable(statement()), RIGHT - LEFT)) {
                text(out, fonts.regular, BODY, LEFT, y - BODY, line);
                y -= BODY_LEADING;
            }
            y -= 8;
            tableHeader();
            int n = 0;
            for (ServiceLine line : content.lines()) {
                n++;
                row(
                        fonts.regular,
                        String.valueOf(n),
                        fonts.printable(line.title()),
                        dates(line.firstDate(), line.lastDate()),
                        ServiceHours.of(line.minutes()).toPlainString());
            }
            if (content.lines().isEmpty()) {
                row(fonts.regular, "", "本期间内无经确认的志愿服务记录", "", ServiceHours.of(0).toPlainString());
            }
            row(
                    fonts.bold,
                    "",
                    "合计",
                    "",
                    ServiceHours.of(content.totalMinutes()).toPlainString());

            // the closing block stays together with the issuer and the date
            float closing = BODY_LEADING * 5 + 20;
            if (y - closing < BOTTOM) {
                newPage();
            }
            y -= 20;
            text(out, fonts.regular, BODY, LEFT + 2 * BODY, y - BODY, "特此证明。");
            y -= BODY_LEADING * 2;
            String issuer = fonts.printable(content.issuer());
            for (String line : fonts.wrap(fonts.regular, BODY, issuer, (RIGHT - LEFT) / 2)) {
                text(out, fonts.regular, BODY, RIGHT - fonts.width(fonts.regular, BODY, line), y - BODY, line);
                y -= BODY_LEADING;
            }
            String issued = date(content.issuedOn());
            text(out, fonts.regular, BODY, RIGHT - fonts.width(fonts.regular, BODY, issued), y - BODY, issued);
        }

        private String statement() {
            StringBuilder s = new StringBuilder("兹证明")
                    .append(content.volunteerName())
                    .append("（性别：")
                    .append(gender(content.gender()))
                    .append("，身份证号码：")
                    .append(content.maskedIdNumber());
            if (content.nationalNumber() != null && !content.nationalNumber().isBlank()) {
                s.append("，全国志愿服务信息系统编号：").append(content.nationalNumber());
            }
            return s.append("）于")
                    .append(date(content.from()))
                    .append("至")
                    .append(date(content.to()))
                    .append("期间参加志愿服务，经确认的服务时长共计")
                    .append(ServiceHours.text(content.totalMinutes()))
                    .append("小时。服务明细如下：")
                    .toString();
        }

        private static String dates(LocalDate first, LocalDate last) {
            return first.equals(last) ? first.toString() : first + " 至 " + last;
        }

        private void tableHeader() throws IOException {
            row(fonts.bold, "序号", "服务项目", "服务日期", "时长（小时）");
        }

        /** A table row: every cell wraps in its column; the row moves to the next page whole. */
        private void row(PDType0Font font, String... cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> lines = fonts.wrap(font, CELL, cells[c], COLUMNS[c] - 2 * CELL_PAD);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * CELL_LEADING + 2 * CELL_PAD;
            if (y - rowHeight < BOTTOM) {
                newPage();
                text(out, fonts.regular, 9, LEFT, y - 9, TITLE + "（续）");
                y -= 9 + 10;
                tableHeader();
            }
            float x = LEFT;
            for (int c = 0; c < cells.length; c++) {
                float baseline = y - CELL_PAD - CELL;
                for (String line : wrapped.get(c)) {
                    // the hours column is right-aligned, the others left-aligned
                    float lineX = c == cells.length - 1
                            ? x + COLUMNS[c] - CELL_PAD - fonts.width(font, CELL, line)
                            : x + CELL_PAD;
                    text(out, font, CELL, lineX, baseline, line);
                    baseline -= CELL_LEADING;
                }
                x += COLUMNS[c];
            }
            // grid lines: the row's top and bottom and the column borders
            out.setLineWidth(0.5f);
            out.moveTo(LEFT, y);
            out.lineTo(RIGHT, y);
            out.moveTo(LEFT, y - rowHeight);
            out.lineTo(RIGHT, y - rowHeight);
            float border = LEFT;
            out.moveTo(border, y);
            out.lineTo(border, y - rowHeight);
            for (float width : COLUMNS) {
                border += width;
                out.moveTo(border, y);
                out.lineTo(border, y - rowHeight);
            }
            out.stroke();
            y -= rowHeight;
        }

        private float centred(PDType0Font font, float size, String s) {
            return (PAGE.getWidth() - fonts.width(font, size, s)) / 2;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = TOP;
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
