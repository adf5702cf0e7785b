package com.gridwork.common.media;

import com.gridwork.common.error.ApiProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The photo types the platform accepts (issue and visit photos), recognised by content, not by what a client claims. */
public final class ImageTypes {
    private ImageTypes() {}

    /** An uploaded photo: its type as recognised, and its bytes. */
    public record Photo(String contentType, byte[] data) {}

    /**
     * Reads an uploaded photo of at most {@code maxBytes}: a 400 on {@code file} with {@code keyPrefix + ".too-large"}
     * (the limit in MB as its argument) or {@code keyPrefix + ".type"} when it is too big or no accepted image.
     */
    public static Photo read(Path file, long size, int maxBytes, String keyPrefix) {
        if (size > maxBytes) {
            throw ApiProblem.invalidField("file", keyPrefix + ".too-large", maxBytes / 1024 / 1024);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = of(data);
        if (type == null) {
            throw ApiProblem.invalidField("file", keyPrefix + ".type");
        }
        return new Photo(type, data);
    }

    /** The image type from the file's magic bytes, or null when it is none of the accepted ones. */
    public static String of(byte[] d) {
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 12
                && d[0] == 'R'
                && d[1] == 'I'
                && d[2] == 'F'
                && d[3] == 'F'
                && d[8] == 'W'
                && d[9] == 'E'
                && d[10] == 'B'
                && d[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
