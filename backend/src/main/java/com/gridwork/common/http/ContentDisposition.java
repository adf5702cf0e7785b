package com.gridwork.common.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public final class ContentDisposition {
    private ContentDisposition() {}

    /** An attachment disposition with an ASCII fallback name and the real (UTF-8) name (RFC 6266 / 5987). */
    public static String attachment(String name, String asciiFallback) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }
}
