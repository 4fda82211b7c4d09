package uk.ectinduction.learninglog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SeedModule;
import uk.ectinduction.support.SeedModule.Pair;
import uk.ectinduction.support.SignIn;

/** The ECT's record as PDF (read back with PDFBox) and CSV (read back with commons-csv), for the ECT and mentor. */
@IntegrationTest
class RecordExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    FrameworkStatements framework;

    Pair pair;
    MockHttpSession ect;
    MockHttpSession mentor;

    @BeforeEach
    void anEctWithALogAndAnAudit() throws Exception {
        SeedModule.importPages(importer);
        pair = SeedModule.pair(accounts);
        ect = SignIn.as(mvc, pair.ect().email());
        mentor = SignIn.as(mvc, pair.mentor().email());
        write(
                "Shared: phone home about learning, not only behaviour",
                "It went, well, \"really\" well\nsecond line",
                false);
        write("=HYPERLINK(\"http://evil.example\")", "-1+2", false);
        write("Private thoughts about my department", "Only mine", true);
        MockHttpServletRequestBuilder audit =
                post("/ect/audits").with(csrf()).session(ect).param("module", SeedModule.MODULE);
        framework.forStandard(8).stream()
                .filter(s -> s.kind() == StatementKind.LEARN_HOW_TO)
                .forEach(s -> audit.param(
                        "ratings[" + s.code() + "]",
                        s.code().equals("8h") ? "MORE_PRACTICE_AND_SUPPORT" : "CONFIDENT_AND_SKILLED"));
        audit.param("notes[8h]", "@mention the parents' evening");
        mvc.perform(audit).andExpect(status().is3xxRedirection());
    }

    void write(String keyPoints, String reflection, boolean privateEntry) throws Exception {
        LocalDate today = LocalDate.now();
        MockHttpServletRequestBuilder request = post("/ect/log")
                .with(csrf())
                .session(ect)
                .param("day", String.valueOf(today.getDayOfMonth()))
                .param("month", String.valueOf(today.getMonthValue()))
                .param("year", String.valueOf(today.getYear()))
                .param("keyPoints", keyPoints)
                .param("reflection", reflection)
                .param("pagePath", SeedModule.ECT_PAGE)
                .param("codes", "8h");
        if (privateEntry) {
            request.param("privateEntry", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    MockHttpServletResponse download(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfHoldsTheEntriesAndTheRatings() throws Exception {
        MockHttpServletResponse response = download("/ect/record.pdf", ect);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(".pdf");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text)
                .contains(
                        "The induction record of " + pair.ect().displayName(),
                        "It is not an assessment",
                        "Shared: phone home about learning, not only behaviour",
                        "Private thoughts about my department",
                        "Year 1 Summer week 4 ECT self-study",
                        SeedModule.MODULE_TITLE + ": Audit",
                        "8h Want more practice and support @mention the parents",
                        "8a Confident and skilled");

        String mentorsCopy = pdfText(download("/mentor/mentees/" + pair.ect().id() + "/record.pdf", mentor)
                .getContentAsByteArray());
        assertThat(mentorsCopy)
                .contains("Shared: phone home about learning", "8h Want more practice and support")
                .doesNotContain("Private thoughts");
    }

    @Test
    void theCsvReadsBackExactlyWithCommasQuotesAndNewlines() throws Exception {
        MockHttpServletResponse response = download("/ect/record.csv", ect);
        assertThat(response.getContentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("Text")).isEqualTo("Shared: phone home about learning, not only behaviour");
            assertThat(row.get("More")).isEqualTo("It went, well, \"really\" well\nsecond line");
            assertThat(row.get("Statements")).isEqualTo("8h");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("Part")).isEqualTo("Module audit: Audit");
            assertThat(row.get("Statements")).isEqualTo("8h");
            assertThat(row.get("Rating or status")).isEqualTo("Want more practice and support");
        });
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(download("/ect/record.csv", ect).getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
        List<String> cells = rows.stream().flatMap(r -> r.stream()).toList();
        assertThat(cells)
                .contains("'=HYPERLINK(\"http://evil.example\")", "'-1+2", "'@mention the parents' evening")
                .noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("-") || c.startsWith("@"));
        assertThat(download("/mentor/mentees/" + pair.ect().id() + "/record.csv", mentor)
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Private thoughts");
    }

    @Test
    void nobodyElseGetsTheRecord() throws Exception {
        for (String other : new String[] {"mentor2@example.com", "mentor@example.com"}) {
            MockHttpSession session = SignIn.as(mvc, other);
            for (String format : new String[] {"", ".pdf", ".csv"}) {
                mvc.perform(get("/mentor/mentees/" + pair.ect().id() + "/record" + format)
                                .session(session))
                        .andExpect(status().isNotFound());
            }
        }
    }
}
