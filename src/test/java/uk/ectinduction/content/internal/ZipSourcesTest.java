package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.ImportRequest;

public class ZipSourcesTest {

    /** A zip whose names are written in an old code page, as some Windows tools still do. */
    public static byte[] zipNamedIn(Charset charset, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("---\ntitle: \"Page\"\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aNameThatIsNotUtf8IsAClearProblem() throws IOException {
        byte[] zip = zipNamedIn(StandardCharsets.ISO_8859_1, "provider/first.md", "provider/caf\u00e9.md");
        assertThatThrownBy(() -> ZipSources.read(zip, "latin1.zip"))
                .isInstanceOf(SourceProblem.class)
                .hasMessage("the zip holds a file name that is not UTF-8 (the file after provider/first.md): rename "
                        + "the file without special characters, or zip the folder again with a tool that writes "
                        + "UTF-8 names");
    }

    @Test
    void utf8NamesAreRead() throws IOException {
        byte[] zip = zipNamedIn(StandardCharsets.UTF_8, "caf\u00e9.md");
        assertThat(ZipSources.read(zip, "utf8.zip"))
                .extracting(ImportRequest.SourceFile::path)
                .containsExactly("caf\u00e9.md");
    }
}
