package com.gridwork.volunteer.certificate;

import com.gridwork.volunteer.certificate.CertificateLines.ServiceLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDocumentTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static CertificateContent content(List<ServiceLine> lines, String name) {
        long total = lines.stream().mapToLong(ServiceLine::minutes).sum();
        return new CertificateContent(
                "朝阳街道办事处 幸福社区居民委员会",
                "ZY-2026-000042",
                LocalDate.of(2026, 7, 3),
                name,
                "110105********1234",
                "F",
                "31000020260001",
                FROM,
                TO,
                lines,
                total);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void the_text_reads_back_in_chinese_with_identity_lines_total_issuer_and_date() throws IOException {
        byte[] pdf = CertificateDocument.render(content(
                List.of(
                        new ServiceLine("敬老院探访：陪伴独居老人", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8), 150),
                        new ServiceLine("垃圾分类宣传", null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2), 90)),
                "王秀英"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("志愿服务证明")
                .contains("王秀英")
                .contains("性别：女")
                .contains("110105********1234")
                .contains("全国志愿服务信息系统编号：31000020260001")
                .contains("2026年1月1日至2026年6月30日")
                .contains("敬老院探访：陪伴独居老人")
                .contains("2026-03-01至2026-03-08")
                .contains("垃圾分类宣传")
                .contains("合计4.00")
                .contains("共计4小时")
                .contains("朝阳街道办事处幸福社区居民委员会")
                .contains("2026年7月3日")
                .contains("ZY-2026-000042");
    }

    @Test
    void it_embeds_a_subset_of_the_cjk_font_and_stays_small() throws IOException {
        byte[] pdf = CertificateDocument.render(content(
                List.of(new ServiceLine("社区巡逻", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), 120)), "李明"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                // a subset's name carries a six-letter tag: ABCDEF+NotoSansSC-...
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
        }
        // the whole font is about 10 MB; a subset of a few dozen glyphs is a few tens of kB
        assertThat(pdf.length).isLessThan(150_000);
    }

    @Test
    void a_long_list_runs_over_pages_with_the_table_header_on_each_and_every_line_kept() throws IOException {
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            LocalDate day = FROM.plusDays(i);
            lines.add(new ServiceLine("第" + i + "次社区环境整治志愿活动", null, day, day, 60 + i));
        }
        byte[] pdf = CertificateDocument.render(content(lines, "张伟"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc).replaceAll("\\s+", "");
                assertThat(page).contains("第" + p + "页/共" + pages + "页");
                if (page.contains("社区环境整治")) {
                    assertThat(page).contains("服务项目");
                }
            }
        }
        String text = text(pdf);
        for (int i = 1; i <= 120; i++) {
            assertThat(text).contains("第" + i + "次社区环境整治志愿活动");
        }
        assertThat(text).contains("特此证明");
    }

    @Test
    void a_period_without_hours_still_renders_with_a_total_of_zero() throws IOException {
        String text = text(CertificateDocument.render(content(List.of(), "赵敏")));
        assertThat(text)
                .contains("赵敏")
                .contains("本期间内无经确认的志愿服务记录")
                .contains("合计0.00")
                .contains("共计0小时");
    }

    @Test
    void characters_the_font_lacks_and_control_characters_cannot_break_the_document() throws IOException {
        // U+2A6D6 lies in CJK extension B, which Noto Sans SC does not cover; a tab and a newline in a title
        String text = text(CertificateDocument.render(content(
                List.of(new ServiceLine("换行\n标题\t活动", null, FROM, FROM, 60)),
                "陈" + new String(Character.toChars(0x2A6D6)))));
        assertThat(text).contains("陈□").contains("换行标题活动");
    }
}
