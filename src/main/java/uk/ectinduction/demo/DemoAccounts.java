package uk.ectinduction.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;

/**
 * The six demo accounts of the embedded default, so that a newcomer can try every role at once.
 * Their password is {@code APP_DEMO_PASSWORD} when set, otherwise a new one generated at each start;
 * either way it is (re)applied when the web application starts, so the password in use is always the one
 * its banner announced. A command-line tool (import, add-user) is no web application: it has no demo
 * accounts bean, so running one beside the app leaves the announced password working.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class DemoAccounts {

    record DemoAccount(String email, String name, Set<Role> roles) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@example.com", "Ada Admin", EnumSet.of(Role.ADMIN)),
            new DemoAccount("tutor@example.com", "Tariq Tutor", EnumSet.of(Role.INDUCTION_TUTOR)),
            new DemoAccount("mentor@example.com", "Maya Mentor", EnumSet.of(Role.MENTOR)),
            new DemoAccount("ect@example.com", "Evan Teacher", EnumSet.of(Role.ECT)),
            new DemoAccount("mentor2@example.com", "Morgan Mentor", EnumSet.of(Role.MENTOR)),
            new DemoAccount("ect2@example.com", "Erin Teacher", EnumSet.of(Role.ECT)));

    private static final Map<String, String> MENTOR_OF = new LinkedHashMap<>(Map.of(
            "ect@example.com", "mentor@example.com",
            "ect2@example.com", "mentor2@example.com"));

    private final UserAccounts accounts;
    private final String password;
    private final boolean generated;

    DemoAccounts(UserAccounts accounts, @Value("${app.demo.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.generated = configuredPassword.isBlank();
        this.password = generated ? generatePassword() : configuredPassword;
    }

    @Transactional
    public void load() {
        for (DemoAccount account : ACCOUNTS) {
            accounts.findByEmail(account.email())
                    .ifPresentOrElse(
                            existing -> accounts.changePassword(existing.id(), password),
                            () -> accounts.createUser(account.email(), account.name(), account.roles(), password));
        }
        MENTOR_OF.forEach((ect, mentor) -> accounts.assignMentor(idOf(mentor), idOf(ect), LocalDate.now()));
    }

    long idOf(String email) {
        return accounts.findByEmail(email).map(Person::id).orElseThrow();
    }

    /** The password to announce, or empty when it came from the environment and must not be echoed. */
    java.util.Optional<String> generatedPassword() {
        return generated ? java.util.Optional.of(password) : java.util.Optional.empty();
    }

    private static String generatePassword() {
        // Words a person can type from the banner; 4 groups of 4 from 32 letters is 80 bits.
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                sb.append('-');
            }
            for (int i = 0; i < 4; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }
}
