package com.gridwork.common.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** What every printed document does the same way: a line of text, a date in words, its properties, its bytes. */
public final class PdfPages {
    private PdfPages() {}

    /** Draws one line of (printable) text with its baseline at (x, y). */
    public static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** 2026-03-05: 2026年3月5日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * Title, author and language; the creation date is the document's own date, not the clock, so that the same
     * content gives the same document.
     */
    public static void info(PDDocument doc, String title, String author, LocalDate dated) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        created.setTimeInMillis(dated.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        info.setCreationDate(created);
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    public static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
