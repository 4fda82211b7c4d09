package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The allow-list and the content check, without Spring. */
class HandoutTypeTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment("a comment before which the directory must still be found");
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void eachHandoutTypeIsKnownByItsNameAndItsBytes() throws IOException {
        assertThat(HandoutType.of("assets/a.pdf", PDF)).contains(HandoutType.PDF);
        assertThat(HandoutType.of("assets/A.PDF", PDF)).contains(HandoutType.PDF);
        assertThat(HandoutType.of("a.doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0)))
                .contains(HandoutType.DOC);
        assertThat(HandoutType.of("a.docx", zip("[Content_Types].xml", "word/document.xml")))
                .contains(HandoutType.DOCX);
        assertThat(HandoutType.of("a.pptx", zip("[Content_Types].xml", "ppt/presentation.xml")))
                .contains(HandoutType.PPTX);
        assertThat(HandoutType.of("a.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(HandoutType.XLSX);
        assertThat(HandoutType.of("a.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0)))
                .contains(HandoutType.PNG);
        assertThat(HandoutType.of("a.jpg", bytes(0xff, 0xd8, 0xff, 0xe0))).contains(HandoutType.JPEG);
        assertThat(HandoutType.of("a.jpeg", bytes(0xff, 0xd8, 0xff, 0xdb))).contains(HandoutType.JPEG);
        assertThat(HandoutType.of("a.gif", "GIF87a..".getBytes(StandardCharsets.US_ASCII)))
                .contains(HandoutType.GIF);
        assertThat(HandoutType.of("a.gif", "GIF89a..".getBytes(StandardCharsets.US_ASCII)))
                .contains(HandoutType.GIF);
    }

    @Test
    void filesThatCouldRunScriptAreNotHandouts() {
        for (String name : new String[] {
            "x.html", "x.htm", "x.svg", "x.js", "x.css", "x.xml", "x.pdf.html", "pdf", "x.", "x.xhtml", "x.zip"
        }) {
            assertThat(HandoutType.ofName(name)).as(name).isEmpty();
            assertThat(HandoutType.of(name, PDF)).as(name).isEmpty();
        }
    }

    @Test
    void aNameIsNotEnoughWhenTheBytesSaySomethingElse() throws IOException {
        assertThat(HandoutType.of("fake.pdf", HTML)).isEmpty();
        assertThat(HandoutType.of("fake.png", HTML)).isEmpty();
        assertThat(HandoutType.of("fake.jpg", PDF)).isEmpty();
        assertThat(HandoutType.of("fake.gif", "GIF90a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(HandoutType.of("fake.doc", PDF)).isEmpty();
        assertThat(HandoutType.of("empty.pdf", new byte[0])).isEmpty();
        assertThat(HandoutType.of("short.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        // A zip is not an Office document unless it holds that application's part.
        assertThat(HandoutType.of("plain.docx", zip("index.html", "x.js"))).isEmpty();
        assertThat(HandoutType.of("sheet.docx", zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEmpty();
        assertThat(HandoutType.of("no-types.pptx", zip("ppt/presentation.xml"))).isEmpty();
        byte[] whole = zip("[Content_Types].xml", "word/document.xml");
        assertThat(HandoutType.of("cut.docx", Arrays.copyOf(whole, whole.length / 2)))
                .isEmpty();
    }

    @Test
    void onlyImagesAreShownInline() {
        assertThat(HandoutType.values())
                .filteredOn(HandoutType::image)
                .containsExactly(HandoutType.PNG, HandoutType.JPEG, HandoutType.GIF);
    }
}
