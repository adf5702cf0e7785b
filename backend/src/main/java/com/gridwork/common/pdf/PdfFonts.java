package com.gridwork.common.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The typeface of the documents the platform prints (service certificate, feedback form): Noto Sans SC (SIL OFL 1.1),
 * regular and bold, TrueType outlines, embedded as a subset so that the text is real text that prints the same
 * everywhere and can be searched and copied. The build installs the npm package {@code @expo-google-fonts/noto-sans-sc}
 * (backend/fonts/package.json) and copies the two files to the classpath. The bytes are read once; each document opens
 * its own faces ({@link #open}) over them (a parsed font reads its tables lazily and is not safe to share between
 * threads) and closes them after it is saved.
 */
public final class PdfFonts implements AutoCloseable {
    static final String REGULAR = "/fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/fonts/700Bold/NotoSansSC_700Bold.ttf";

    private static final class Bytes {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
    }

    public final PDType0Font regular;
    public final PDType0Font bold;
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;

    private PdfFonts(PDDocument doc, TrueTypeFont regularFile, TrueTypeFont boldFile) throws IOException {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.regular = PDType0Font.load(doc, regularFile, true);
        this.bold = PDType0Font.load(doc, boldFile, true);
    }

    /** The two faces for one document; close them after the document is saved (the subset is made on saving). */
    public static PdfFonts open(PDDocument doc) throws IOException {
        TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.REGULAR_BYTES));
        try {
            return new PdfFonts(doc, regular, new TTFParser().parse(new RandomAccessReadBuffer(Bytes.BOLD_BYTES)));
        } catch (IOException | RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            regularFile.close();
        } finally {
            boldFile.close();
        }
    }

    /**
     * Control characters become spaces and characters the font has no glyph for (rare CJK extensions) become □, so
     * that a name or title can never make the document fail. Every string passes here before it is drawn.
     */
    public String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('□');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            return regularFile.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width(PDType0Font font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks printable text into lines no wider than {@code max} (by character: CJK has no spaces to break at). */
    public List<String> wrap(PDType0Font font, float size, String text, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(font, size, ch);
            if (used + w > max && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (!(line.length() == 0 && cp == ' ')) {
                line.append(ch);
                used += w;
            }
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (see backend/fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
