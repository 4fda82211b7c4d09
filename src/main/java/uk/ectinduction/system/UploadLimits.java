package uk.ectinduction.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code maxSize} everywhere (a CSV of people, a form), and
 * {@code importMaxSize} only for an admin's programme import, whose zip carries the handouts.
 */
@ConfigurationProperties("app.uploads")
public record UploadLimits(DataSize maxSize, DataSize importMaxSize) {

    /** The limit as a person reads it: "2 MB", "512 KB". */
    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes()
                && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    public String maxSizeText() {
        return describe(maxSize);
    }

    public String importMaxSizeText() {
        return describe(importMaxSize);
    }
}
