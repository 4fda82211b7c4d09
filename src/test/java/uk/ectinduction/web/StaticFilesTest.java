package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.DigestUtils;
import org.webjars.WebJarVersionLocator;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

/** Static files by content-hash address, kept by browsers for a year; pages with personal data never stored. */
@IntegrationTest
class StaticFilesTest {

    static final String A_YEAR = "max-age=31536000, public, immutable";

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkStaticFilesByTheHashOfTheirContentAndThoseAddressesAreKeptForAYear() throws Exception {
        Document page = Pages.get200(mvc, "/mentor", SignIn.as(mvc, "mentor@example.com"));

        String script = page.select("script[type=module][src^=/js/app]").attr("src");
        assertThat(script).isEqualTo("/js/app-" + md5("static/js/app.js") + ".js");
        MvcResult served = mvc.perform(get(script))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", A_YEAR))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andReturn();
        assertThat(served.getResponse().getContentAsByteArray())
                .isEqualTo(new ClassPathResource("static/js/app.js").getContentAsByteArray());

        String frontend = "govuk-frontend/" + new WebJarVersionLocator().version("govuk-frontend")
                + "/dist/govuk/govuk-frontend.min";
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly(
                        "/webjars/" + frontend + "-" + md5("META-INF/resources/webjars/" + frontend + ".css") + ".css",
                        "/css/app-" + md5("static/css/app.css") + ".css");
        for (String stylesheet : page.select("link[rel=stylesheet]").eachAttr("href")) {
            mvc.perform(get(stylesheet)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", A_YEAR));
        }
        // Links to pages are left as they are.
        assertThat(page.select("a[href=/framework]")).isNotEmpty();
    }

    @Test
    void theFrontendStylesheetAsksForItsFontsByVersionedAddressesToo() throws Exception {
        Document page = Pages.get200(mvc, "/mentor", SignIn.as(mvc, "mentor@example.com"));
        String css = mvc.perform(
                        get(page.select("link[rel=stylesheet][href^=/webjars/]").attr("href")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Matcher font = Pattern.compile("url\\((/assets/fonts/light-94a07e06a1-v2-[0-9a-f]{32}\\.woff2)\\)")
                .matcher(css);
        assertThat(font.find()).as("versioned font address in the stylesheet").isTrue();
        mvc.perform(get(font.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "font/woff2"))
                .andExpect(header().string("Cache-Control", A_YEAR));
        assertThat(css).doesNotContain("url(/assets/images/govuk-crest.svg)");
    }

    @Test
    void aPlainAddressIsCheckedAgainEachTimeAndAWrongHashIsNotFound() throws Exception {
        mvc.perform(get("/js/app.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().exists("Last-Modified"));
        mvc.perform(get("/js/app-0123456789abcdef0123456789abcdef.js"))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Cache-Control"));
    }

    @Test
    void staticFilesNeitherReadNorMakeASession() throws Exception {
        MvcResult result =
                mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aSignedInPageWithPersonalDataIsNeverStored() throws Exception {
        mvc.perform(get("/mentor").session(SignIn.as(mvc, "mentor@example.com")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evan Teacher")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    private static String md5(String classpathFile) throws Exception {
        return DigestUtils.md5DigestAsHex(new ClassPathResource(classpathFile).getContentAsByteArray());
    }
}
