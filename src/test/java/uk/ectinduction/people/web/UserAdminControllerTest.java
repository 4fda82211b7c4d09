package uk.ectinduction.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

@IntegrationTest
class UserAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableEnvironment environment;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.as(mvc, "admin@example.com");
    }

    long idOf(String email) {
        return jdbc.sql("select id from app_user where lower(email) = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void aFormWithErrorsComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .param("email", "not an email")
                        .param("displayName", "Rosa <b>Diaz</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("value=\"not an email\"")))
                .andExpect(content().string(containsString("value=\"Rosa &lt;b&gt;Diaz&lt;/b&gt;\"")));
    }

    @Test
    void anAdminAddsSomeoneWhoSetsTheirPasswordFromASingleUseLink() throws Exception {
        mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .param("email", "new.ect@school.example")
                        .param("displayName", "New Teacher")
                        .param("roles", "ECT"))
                .andExpect(status().isFound());
        long id = idOf("new.ect@school.example");

        String link = (String) mvc.perform(post("/admin/users/" + id + "/password-link")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andReturn()
                .getFlashMap()
                .get("passwordLink");
        String path = link.substring(link.indexOf("/account/"));
        assertThat(jdbc.sql("select count(*) from password_reset_link where token_hash = ?")
                        .param(path.substring(path.lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("new.ect@school.example")));
        mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password must be at least 12 characters")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(formLogin("/login").user("new.ect@school.example").password("a brand new password"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withRoles("ECT"));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "another new password")
                        .param("confirmPassword", "another new password"))
                .andExpect(status().isNotFound());
    }

    /** The Host header is the client's to choose: a forged one must not end up in a link the admin passes on. */
    @Test
    void thePasswordLinkIsOnTheConfiguredAddressWhateverHostTheRequestNamed() throws Exception {
        Person person =
                accounts.createUser("linked@school.example", "Linked", EnumSet.of(Role.ECT), "the original password");
        MutablePropertySources sources = environment.getPropertySources();
        sources.addFirst(
                new MapPropertySource("deployed address", Map.of("app.base-url", "https://induction.school.example/")));
        String link;
        try {
            link = (String) mvc.perform(post("/admin/users/" + person.id() + "/password-link")
                            .session(admin)
                            .with(csrf())
                            .header("Host", "attacker.example"))
                    .andReturn()
                    .getFlashMap()
                    .get("passwordLink");
        } finally {
            sources.remove("deployed address");
        }

        assertThat(link).matches("https://induction\\.school\\.example/account/password-link/[A-Za-z0-9_-]{43}");
    }

    @Test
    void anExpiredLinkDoesNothing() throws Exception {
        Person person =
                accounts.createUser("late@school.example", "Late", EnumSet.of(Role.MENTOR), "the original password");
        String link = (String) mvc.perform(post("/admin/users/" + person.id() + "/password-link")
                        .session(admin)
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("passwordLink");
        jdbc.sql("update password_reset_link set created_at = now() - interval '25 hours', "
                        + "expires_at = now() - interval '1 hour' where user_id = ?")
                .param(person.id())
                .update();

        mvc.perform(get(link.substring(link.indexOf("/account/")))).andExpect(status().isNotFound());
    }

    @Test
    void twoAdminsEditingTheSamePersonDoNotOverwriteEachOther() throws Exception {
        Person person = accounts.createUser(
                "shared@school.example", "Sam Shared", EnumSet.of(Role.MENTOR), "a long enough password");
        long version = jdbc.sql("select version from app_user where id = ?")
                .param(person.id())
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/users/" + person.id() + "/edit")
                        .session(admin)
                        .with(csrf())
                        .param("email", "shared@school.example")
                        .param("displayName", "Samira Shared")
                        .param("roles", "MENTOR")
                        .param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/admin/users/" + person.id()));

        mvc.perform(post("/admin/users/" + person.id() + "/edit")
                        .session(admin)
                        .with(csrf())
                        .param("email", "shared@school.example")
                        .param("displayName", "Sammy Shared")
                        .param("roles", "MENTOR")
                        .param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this person")))
                .andExpect(content().string(containsString("value=\"Sammy Shared\"")))
                .andExpect(content().string(containsString("Samira Shared")));

        assertThat(jdbc.sql("select display_name from app_user where id = ?")
                        .param(person.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Samira Shared");
    }

    @Test
    void aDisabledPersonCannotSignInAndKeepsTheirRecords() throws Exception {
        Person person =
                accounts.createUser("leaver@school.example", "Leaver", EnumSet.of(Role.ECT), "a long enough password");

        mvc.perform(post("/admin/users/" + person.id() + "/disable")
                        .session(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("message", "Account disabled. Their records are kept."));

        mvc.perform(formLogin("/login").user("leaver@school.example").password("a long enough password"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        assertThat(jdbc.sql("select count(*) from app_user where id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void disablingSomeoneEndsTheSessionTheyAreSignedInWith() throws Exception {
        Person person = accounts.createUser(
                "signed.in@school.example", "Signed In", EnumSet.of(Role.MENTOR), "a long enough password");
        MockHttpSession theirs = SignIn.as(mvc, "signed.in@school.example", "a long enough password");
        mvc.perform(get("/mentor").session(theirs)).andExpect(status().isOk());

        mvc.perform(
                post("/admin/users/" + person.id() + "/disable").session(admin).with(csrf()));

        mvc.perform(get("/mentor").session(theirs)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdminCannotDisableThemself() throws Exception {
        long me = idOf("admin@example.com");

        mvc.perform(post("/admin/users/" + me + "/disable").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "You cannot disable your own account"));
    }

    @Test
    void theUploadPageListsEveryBadRowAndImportsNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from app_user").query(Long.class).single();
        MockMultipartFile file =
                new MockMultipartFile("file", "people.csv", "text/csv", """
                email,name,roles,mentor email,cohort
                ok.person@school.example,OK Person,ECT,,
                broken,Broken Row,ECT,,
                """.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/admin/users/upload").file(file).session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("Row 3, email: &#39;broken&#39; is not an email address")));

        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void someoneChangesTheirOwnPassword() throws Exception {
        accounts.createUser("changer@school.example", "Changer", EnumSet.of(Role.MENTOR), "my first password");
        MockHttpSession changer = SignIn.as(mvc, "changer@school.example", "my first password");

        mvc.perform(post("/account/password")
                        .session(changer)
                        .with(csrf())
                        .param("currentPassword", "wrong one!!")
                        .param("newPassword", "my second password")
                        .param("confirmPassword", "my second password"))
                .andExpect(content().string(containsString("Your current password is incorrect")));
        mvc.perform(post("/account/password")
                        .session(changer)
                        .with(csrf())
                        .param("currentPassword", "my first password")
                        .param("newPassword", "my second password")
                        .param("confirmPassword", "my second password"))
                .andExpect(redirectedUrl("/mentor"));

        mvc.perform(formLogin("/login").user("changer@school.example").password("my second password"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
    }
}
