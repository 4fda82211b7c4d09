package uk.ectinduction.content.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a programme may carry as a handout, and nothing else. An imported tree is
 * third-party input: HTML, SVG, scripts or stylesheets served from this origin could run script in it,
 * so only these types are imported or served, and only when the bytes are what the name says.
 */
public enum HandoutType {
    PDF("PDF", "application/pdf", false, List.of("pdf")),
    DOC("Word 97-2003", "application/msword", false, List.of("doc")),
    DOCX("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx")),
    PPTX(
            "PowerPoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            false,
            List.of("pptx")),
    XLSX("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, List.of("xlsx")),
    PNG("PNG", "image/png", true, List.of("png")),
    JPEG("JPEG", "image/jpeg", true, List.of("jpg", "jpeg")),
    GIF("GIF", "image/gif", true, List.of("gif"));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] OLE2_SIGNATURE = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

    private final String label;
    private final String contentType;
    private final boolean image;
    private final List<String> extensions;

    HandoutType(String label, String contentType, boolean image, List<String> extensions) {
        this.label = label;
        this.contentType = contentType;
        this.image = image;
        this.extensions = extensions;
    }

    /** The type a file's name claims, if it is one of the handout types. */
    public static Optional<HandoutType> ofName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst();
    }

    /** The allowed type of a file whose name and bytes agree; empty for anything else. */
    public static Optional<HandoutType> of(String name, byte[] bytes) {
        return ofName(name).filter(type -> type.matches(bytes));
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** Images are shown in pages; every other handout is downloaded, never opened in the app's origin. */
    public boolean image() {
        return image;
    }

    /** Whether the bytes start as a file of this type does (and, for Office files, hold its part). */
    public boolean matches(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case DOC -> startsWith(bytes, OLE2_SIGNATURE);
            case DOCX -> officePackageHolds(bytes, "word/");
            case PPTX -> officePackageHolds(bytes, "ppt/");
            case XLSX -> officePackageHolds(bytes, "xl/");
            case PNG -> startsWith(bytes, PNG_SIGNATURE);
            case JPEG -> startsWith(bytes, JPEG_SIGNATURE);
            case GIF ->
                startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                        || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * An Office Open XML file is a zip holding {@code [Content_Types].xml} and a folder for its application.
     * The names are read from the zip's central directory at its end, so nothing is inflated.
     */
    private static boolean officePackageHolds(byte[] bytes, String folder) {
        if (!startsWith(bytes, ZIP_SIGNATURE) || bytes.length < 22) {
            return false;
        }
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        // The end record is 22 bytes plus a comment of at most 65535.
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
            if (zip.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long at = Integer.toUnsignedLong(zip.getInt(end + 16));
        boolean contentTypes = false;
        boolean part = false;
        for (int n = 0; n < entries && at + 46 <= bytes.length; n++) {
            int i = (int) at;
            if (zip.getInt(i) != CENTRAL_DIRECTORY_ENTRY) {
                return false;
            }
            int nameLength = Short.toUnsignedInt(zip.getShort(i + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(i + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(i + 32));
            if (i + 46 + nameLength > bytes.length) {
                return false;
            }
            String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            part |= name.startsWith(folder);
            at = (long) i + 46 + nameLength + extraLength + commentLength;
        }
        return contentTypes && part;
    }
}
