package uk.ectinduction.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.web.UserCsvUpload.RowError;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
@Transactional
class UserCsvUploadTest {

    static final String GOOD = """
            email,name,roles,mentor email,cohort
            priya.mentor@north.example,Priya Shah,MENTOR,,
            tom.ect@north.example,Tom Reid,ECT,priya.mentor@north.example,North 2026
            "amy.both@north.example","Amy Lowe","MENTOR;INDUCTION_TUTOR",,North 2026
            """;

    @Autowired
    UserCsvUpload upload;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cohort() {
        cohorts.create("North 2026", "education-development-trust", LocalDate.of(2026, 9, 7), List.of(), List.of());
    }

    String snapshot() {
        return jdbc.sql("""
                select string_agg(concat_ws('|', u.email, u.display_name, u.version, u.updated_at), ',' order by u.id)
                || (select count(*) from mentor_assignment) || (select count(*) from cohort_membership)
                || (select count(*) from cohort_tutor)
                from app_user u""").query(String.class).single();
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndNamesTheRowAndColumn() {
        String before = snapshot();
        String bad = GOOD.replace("tom.ect@north.example,Tom Reid,ECT", "tom.ect@north.example,Tom Reid,PUPIL");

        UserCsvUpload.Result result = upload.upload(new StringReader(bad));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .containsExactly(
                        new RowError(3, "roles", "Unknown role 'PUPIL': use ADMIN, INDUCTION_TUTOR, MENTOR or ECT"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGoodFileCreatesPeopleWithMentorsAndCohortsAndAgainChangesNothing() {
        UserCsvUpload.Result first = upload.upload(new StringReader(GOOD));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(3);

        Person tom = findByEmail("tom.ect@north.example");
        assertThat(jdbc.sql("select m.email from mentor_assignment a join app_user m on m.id = a.mentor_id "
                                + "where a.ect_id = ? and a.ended_on is null")
                        .param(tom.id())
                        .query(String.class)
                        .single())
                .isEqualTo("priya.mentor@north.example");
        assertThat(cohorts.cohortNamesOf(List.of(tom.id()))).containsEntry(tom.id(), "North 2026");
        String afterFirst = snapshot();

        UserCsvUpload.Result again = upload.upload(new StringReader(GOOD));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    @Test
    void aChangedRowIsAnUpdate() {
        upload.upload(new StringReader(GOOD));

        UserCsvUpload.Result result = upload.upload(new StringReader(GOOD.replace("Tom Reid", "Thomas Reid")));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(findByEmail("tom.ect@north.example").displayName()).isEqualTo("Thomas Reid");
    }

    @Test
    void reportsEveryProblemInTheFile() {
        String csv = """
                email,name,roles,mentor email,cohort
                not-an-email,Someone,ECT,,
                a@north.example,,ECT,nobody@north.example,Nowhere
                a@north.example,Again,MENTOR,,
                """;

        UserCsvUpload.Result result = upload.upload(new StringReader(csv));

        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "email"),
                        org.assertj.core.groups.Tuple.tuple(3L, "name"),
                        org.assertj.core.groups.Tuple.tuple(3L, "mentor email"),
                        org.assertj.core.groups.Tuple.tuple(3L, "cohort"),
                        org.assertj.core.groups.Tuple.tuple(4L, "email"));
    }

    @Test
    void aFileWithoutTheColumnsIsRefused() {
        UserCsvUpload.Result result = upload.upload(new StringReader("mail,who\nx@y.example,X\n"));

        assertThat(result.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(1));
    }

    Person findByEmail(String email) {
        return jdbc.sql("select id from app_user where email = ?")
                .param(email)
                .query(Long.class)
                .optional()
                .map(id -> new Person(
                        id,
                        email,
                        jdbc.sql("select display_name from app_user where id = ?")
                                .param(id)
                                .query(String.class)
                                .single(),
                        java.util.Set.of()))
                .orElseThrow();
    }
}
