package co.factusapi.domain.company;

import co.factusapi.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A company logo, its type decided by its first bytes, never by the file name or the declared content type:
 * PNG ({@code 89 50 4E 47}), JPEG ({@code FF D8 FF}) or SVG (XML text with an {@code <svg} root).
 */
public record LogoImage(Type type, byte[] content) {
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int SVG_SNIFF_BYTES = 1024;

    public enum Type {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), SVG("image/svg+xml", "svg");

        private final String mediaType;
        private final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    public static LogoImage sniff(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidRequestException.of("image", "is required and must not be empty");
        }
        return new LogoImage(typeOf(content), content.clone());
    }

    public String fileName() {
        return "logo." + type.extension();
    }

    private static Type typeOf(byte[] content) {
        if (startsWith(content, PNG)) {
            return Type.PNG;
        }
        if (startsWith(content, JPEG)) {
            return Type.JPEG;
        }
        String head = new String(content, 0, Math.min(content.length, SVG_SNIFF_BYTES), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.startsWith("<svg") || head.startsWith("<?xml") && head.contains("<svg")) {
            return Type.SVG;
        }
        throw InvalidRequestException.of("image", "must be a PNG, JPEG or SVG image");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoImage logo && logo.type == type && Arrays.equals(logo.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "LogoImage[" + type + ", " + content.length + " bytes]";
    }
}
