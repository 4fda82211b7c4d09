package uk.ectinduction.people.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** Neither changing your password nor setting it from a link accepts a common password. */
@IntegrationTest
class CommonPasswordPagesTest {

    static final String PASSWORD = "the password they had";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    Person someone() {
        return accounts.createUser(
                "common-" + System.nanoTime() + "@school.example", "Someone", EnumSet.of(Role.ECT), PASSWORD);
    }

    @Test
    void changingYourPasswordRefusesACommonOne() throws Exception {
        Person person = someone();
        MockHttpSession session = SignIn.as(mvc, person.email(), PASSWORD);

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Password1234")
                        .param("confirmPassword", "Password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PasswordPolicyTest.COMMON)));

        mvc.perform(formLogin("/login").user(person.email()).password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void aPasswordLinkRefusesACommonOneAndStaysUsable() throws Exception {
        Person person = someone();
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String link = (String) mvc.perform(post("/admin/users/" + person.id() + "/password-link")
                        .session(admin)
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("passwordLink");
        String path = link.substring(link.indexOf("/account/"));

        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "qwertyuiop123")
                        .param("confirmPassword", "qwertyuiop123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PasswordPolicyTest.COMMON)));

        mvc.perform(formLogin("/login").user(person.email()).password("qwertyuiop123"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "kettle under the stairs")
                        .param("confirmPassword", "kettle under the stairs"))
                .andExpect(status().isFound());
    }
}
