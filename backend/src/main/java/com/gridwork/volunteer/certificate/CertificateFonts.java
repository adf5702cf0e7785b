package com.gridwork.volunteer.certificate;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The certificate's typeface: Noto Sans SC (SIL OFL 1.1), regular and bold, TrueType outlines. The build installs the
 * npm package {@code @expo-google-fonts/noto-sans-sc} (backend/fonts/package.json) and copies the two files to the
 * classpath. The bytes are read once; each document parses its own {@link TrueTypeFont} over them (a parsed font
 * reads its tables lazily and is not safe to share between threads).
 */
final class CertificateFonts {
    static final String REGULAR = "/fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/fonts/700Bold/NotoSansSC_700Bold.ttf";

    private CertificateFonts() {}

    private static final class Bytes {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
    }

    static TrueTypeFont regular() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(Bytes.REGULAR_BYTES));
    }

    static TrueTypeFont bold() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(Bytes.BOLD_BYTES));
    }

    private static byte[] read(String resource) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (see backend/fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
