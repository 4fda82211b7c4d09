package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.internal.AccountException;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
@Transactional
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesADuplicateEmailInAnyCase() {
        accounts.createUser("ravi@school.example", "Ravi", EnumSet.of(Role.ECT), "a long enough password");

        assertThatThrownBy(() -> accounts.createUser(
                        "Ravi@School.example", "Ravi", EnumSet.of(Role.ECT), "a long enough password"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void refusesAShortPasswordAndStoresNothing() {
        long before =
                jdbc.sql("select count(*) from app_user").query(Long.class).single();

        assertThatThrownBy(() -> accounts.createUser("zoe@school.example", "Zoe", EnumSet.of(Role.ECT), "short"))
                .isInstanceOf(AccountException.class)
                .hasMessage("Password must be at least 12 characters");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void storesOnlyAHashOfThePassword() {
        Person person = accounts.createUser("ola@school.example", "Ola", EnumSet.of(Role.ECT), "correct horse battery");

        String stored = jdbc.sql("select password_hash from app_user where id = ?")
                .param(person.id())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("correct horse battery");
    }

    @Test
    void aNewMentorReplacesTheCurrentOneAndKeepsTheHistory() {
        Person first = accounts.createUser(
                "m1@school.example", "First Mentor", EnumSet.of(Role.MENTOR), "a long enough password");
        Person second = accounts.createUser(
                "m2@school.example", "Second Mentor", EnumSet.of(Role.MENTOR), "a long enough password");
        Person ect = accounts.createUser("e1@school.example", "An ECT", EnumSet.of(Role.ECT), "a long enough password");

        accounts.assignMentor(first.id(), ect.id(), LocalDate.of(2026, 9, 1));
        accounts.assignMentor(second.id(), ect.id(), LocalDate.of(2027, 1, 4));

        assertThat(accounts.currentMentor(ect.id())).map(Person::email).contains("m2@school.example");
        assertThat(accounts.currentMentees(first.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from mentor_assignment where ect_id = ?")
                        .param(ect.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
