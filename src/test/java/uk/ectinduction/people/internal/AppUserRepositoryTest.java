package uk.ectinduction.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.Role;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
@Transactional
class AppUserRepositoryTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAnAccountByEmailWhateverTheCaseAndLoadsItsRoles() {
        users.saveAndFlush(new AppUser(
                "Nia.Okafor@School.example", "Nia Okafor", "{noop}x", EnumSet.of(Role.MENTOR, Role.INDUCTION_TUTOR)));

        AppUser found = users.findByEmailIgnoreCase("nia.okafor@school.EXAMPLE").orElseThrow();

        assertThat(found.getDisplayName()).isEqualTo("Nia Okafor");
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.MENTOR, Role.INDUCTION_TUTOR);
    }

    @Test
    void databaseRefusesASecondAccountWithTheSameEmailInAnotherCase() {
        users.saveAndFlush(new AppUser("sam@school.example", "Sam", "{noop}x", EnumSet.of(Role.ECT)));

        assertThatThrownBy(() -> users.saveAndFlush(
                        new AppUser("SAM@School.example", "Sam again", "{noop}x", EnumSet.of(Role.ECT))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRefusesAnUnknownRole() {
        long id = users.saveAndFlush(new AppUser("kai@school.example", "Kai", "{noop}x", EnumSet.of(Role.ECT)))
                .getId();

        assertThatThrownBy(() -> jdbc.sql("insert into app_user_role (user_id, role) values (?, 'HEADTEACHER')")
                        .params(id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void countsEnabledPeopleByRole() {
        long mentorsBefore = users.countEnabledByRole().stream()
                .filter(row -> row[0] == Role.MENTOR)
                .mapToLong(row -> (Long) row[1])
                .sum();
        users.saveAndFlush(new AppUser("lee@school.example", "Lee", "{noop}x", EnumSet.of(Role.MENTOR)));

        long mentorsAfter = users.countEnabledByRole().stream()
                .filter(row -> row[0] == Role.MENTOR)
                .mapToLong(row -> (Long) row[1])
                .sum();

        assertThat(mentorsAfter).isEqualTo(mentorsBefore + 1);
    }
}
