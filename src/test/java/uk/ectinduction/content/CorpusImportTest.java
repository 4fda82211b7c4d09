package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.ectinduction.content.ContentFixtures.CORPUS;
import static uk.ectinduction.content.ContentFixtures.FIXTURES;
import static uk.ectinduction.content.ContentFixtures.SEEDS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.Cli;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/**
 * The real module and its seed pages (under src/test/resources), and the fixtures:
 * imported through the command line and the service, then read back sentence by sentence.
 */
@IntegrationTest
class CorpusImportTest {

    static final String EDT = "/programmes/education-development-trust";
    static final String SEED_MODULE = EDT + "/year-1-a-people-profession";

    @Autowired
    ContentImporter importer;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long rows() {
        return jdbc.sql("select (select count(*) from programme) + (select count(*) from induction_module) "
                        + "+ (select count(*) from week) + (select count(*) from content_page) "
                        + "+ (select count(*) from page_version) + (select count(*) from page_section) "
                        + "+ (select count(*) from learning_intention) + (select count(*) from content_asset)")
                .query(Long.class)
                .single();
    }

    @Test
    void theCorpusImportsOnTheCommandLineAndAgainWithoutDuplicates() throws Exception {
        Cli.Run first = Cli.prod("", "import", CORPUS.toString());
        assertThat(first.status()).as(first.err()).isZero();
        long markdown;
        try (var walk = Files.walk(CORPUS)) {
            markdown = walk.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertThat(first.out().lines().filter(l -> l.startsWith("imported ")).count())
                .isEqualTo(markdown);
        assertThat(first.out())
                .contains("imported Year 1 Summer week 4 mentor materials -> " + SEED_MODULE
                        + "/summer-week-4-mentor-materials");
        assertThat(first.err())
                .contains("education-development-trust.md:17: warning: broken link: no page or file at " + EDT
                        + "/year-1-establishing-a-positive-climate-for-learning");
        long pages =
                jdbc.sql("select count(*) from content_page").query(Long.class).single();

        Cli.Run second = Cli.prod("", "import", CORPUS.toString());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(jdbc.sql("select count(*) from content_page")
                        .query(Long.class)
                        .single())
                .isEqualTo(pages);
        assertThat(jdbc.sql("select count(*) from content_asset where path like 'assets/materials/edt-%.pdf'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aMalformedFileAmongGoodOnesImportsNothingAndNamesItsLine() {
        long before = rows();
        Cli.Run run = Cli.prod(
                "",
                "import",
                "--programme",
                "Broken Provider",
                "--module",
                "Broken module",
                FIXTURES.resolve("broken/good-page.md").toString(),
                FIXTURES.resolve("broken/bad-front-matter.md").toString(),
                FIXTURES.resolve("broken/no-title.md").toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err())
                .contains("bad-front-matter.md:2: error: bad front matter")
                .contains("no-title.md:1: error: no title");
        assertThat(run.out()).doesNotContain("imported ");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theSeedMentorPageShowsItsFourTimedActivities() throws Exception {
        importSeeds();
        Element main = page(SEED_MODULE + "/year-1-summer-week-4-mentor-materials", "mentor@example.com");
        assertThat(main.select(".app-agenda__activity a").eachText())
                .containsExactly("Review", "Plan", "Theory to Practice", "Next Steps");
        assertThat(main.select(".app-agenda__minutes").eachText()).containsExactly("5", "5", "35", "5");
        assertThat(main.select(".app-agenda__total").text()).isEqualTo("50");
        assertThat(main.select("a:contains(Working With Parents)")).isEmpty();
        assertThat(main.text()).contains("Working With Parents to Support Children’s Learning");
    }

    @Test
    void theSeedTutorPageShowsItsSixtyMinuteSessionAndStatementCodes() throws Exception {
        importSeeds();
        Element main = page(SEED_MODULE + "/year-1-summer-week-1-induction-tutor-materials", "tutor@example.com");
        assertThat(main.select(".app-agenda__minutes").eachText()).containsExactly("10", "15", "15", "15", "5");
        assertThat(main.select(".app-agenda__total").text()).isEqualTo("60");
        assertThat(main.select(".app-agenda__mismatch")).isEmpty();
        for (String code : List.of("8.4", "1d", "7k", "8h")) {
            assertThat(main.select("a[href=/framework/statements/" + code + "]").text())
                    .isEqualTo(code);
        }
    }

    @Test
    void statementCodesLinkToStatementPagesThatLinkBack() throws Exception {
        importSeeds();
        String tutorPage = SEED_MODULE + "/year-1-summer-week-1-induction-tutor-materials";
        for (String code : List.of("8.4", "1d", "7k", "8h")) {
            Element statement = page("/framework/statements/" + code, "tutor@example.com");
            assertThat(statement.select("a").eachAttr("href")).as(code).contains(tutorPage);
        }
        // The mentor seed quotes its statements without codes: they are found by their wording.
        String mentorPage = SEED_MODULE + "/year-1-summer-week-4-mentor-materials";
        Element mentor = page(mentorPage, "mentor@example.com");
        assertThat(mentor.select("a[href^=/framework/statements/]").eachText()).contains("8.4", "8h");
        assertThat(page("/framework/statements/8h", "mentor@example.com")
                        .select("a")
                        .eachAttr("href"))
                .contains(mentorPage)
                .doesNotContain(tutorPage);
    }

    @Test
    void everySentenceOfEverySourcePageAppearsOnItsRenderedPage() throws Exception {
        Map<String, Path> sources = new LinkedHashMap<>();
        importer.importContent(
                        ImportRequest.tree(ContentFixtures.tree(FIXTURES.resolve("quirks"))), ImportProgress.NONE)
                .pages()
                .forEach(p -> sources.put(
                        p.path(),
                        FIXTURES.resolve("quirks").resolve(p.path().substring("/programmes/".length()) + ".md")));
        ImportReport corpus =
                importer.importContent(ImportRequest.tree(ContentFixtures.tree(CORPUS)), ImportProgress.NONE);
        assertThat(corpus.errors()).isEmpty();
        corpus.pages()
                .forEach(p ->
                        sources.put(p.path(), CORPUS.resolve(p.path().substring("/programmes/".length()) + ".md")));
        importSeeds();
        try (var seeds = Files.list(SEEDS)) {
            seeds.forEach(s ->
                    sources.put(SEED_MODULE + "/" + s.getFileName().toString().replace(".md", ""), s));
        }
        List<String> missing = new ArrayList<>();
        int sentences = 0;
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            String rendered =
                    normalise(page(source.getKey(), "admin@example.com").text());
            for (String sentence : sentencesOf(Files.readString(source.getValue()))) {
                sentences++;
                if (!rendered.contains(sentence)) {
                    missing.add(source.getKey() + ": " + sentence);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(sentences).isGreaterThan(20);
    }

    private void importSeeds() throws Exception {
        List<ImportRequest.SourceFile> files;
        try (var seeds = Files.list(SEEDS)) {
            files = ContentFixtures.files(seeds.sorted().toArray(Path[]::new));
        }
        ImportReport report = importer.importContent(
                new ImportRequest(files, "Education Development Trust", "Year 1 a people profession"),
                ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    private Element page(String path, String email) throws Exception {
        MockHttpSession session = SignIn.as(mvc, email);
        String html = mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).selectFirst("main");
    }

    /** The sentences of a page's text as plain CommonMark renders it, block by block. */
    static List<String> sentencesOf(String source) {
        String body = source.replaceFirst("(?s)^---\\n.*?\\n---\\n", "");
        var extensions = List.of(TablesExtension.create());
        String html = HtmlRenderer.builder()
                .extensions(extensions)
                .build()
                .render(Parser.builder().extensions(extensions).build().parse(body));
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> sentences = new ArrayList<>();
        for (Element block : doc.select("p, li, h1, h2, h3, h4, h5, h6, td, th")) {
            String text = block.tagName().equals("li") ? block.ownText() : block.text();
            for (String sentence : normalise(text).split("(?<=[.?!])\\s+")) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    static String normalise(String text) {
        return text.replace('\u00A0', ' ')
                .replaceAll("\\{/?details\\}", " ")
                .replaceAll("[\u25AA\u2022]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
