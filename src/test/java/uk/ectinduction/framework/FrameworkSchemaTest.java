package uk.ectinduction.framework;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.support.IntegrationTest;

/** The database itself refuses statements that could not be in the framework. Each case rolls back. */
@IntegrationTest
@Transactional
class FrameworkSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "accepts {0} as {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "8.99, 8, learn_that, null",
                "8z, 8, learn_how_to, 'Develop as a professional, by:'",
                "8y, 8, learn_how_to, null"
            })
    void acceptsAWellFormedStatement(String code, int standard, String kind, String stem) {
        assertThatCode(() -> insert(code, standard, kind, stem)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "refuses {0} {2} under standard {1}: {4}")
    @CsvSource(
            nullValues = "null",
            value = {
                "8.99, 8, learn_why, null, unknown kind",
                "8z, 8, learn_that, null, a letter code for learn that",
                "8.99, 8, learn_how_to, null, a number code for learn how to",
                "8.x, 8, learn_that, null, malformed number",
                "8zz, 8, learn_how_to, null, malformed letter",
                "8Z, 8, learn_how_to, null, capital letter",
                "7.99, 8, learn_that, null, code of another standard",
                "9.1, 9, learn_that, null, no such standard",
                "8.4, 8, learn_that, null, duplicate code",
                "8.99, 8, learn_that, 'Develop as a professional, by:', stem on learn that",
                "8z, 8, learn_how_to, ' ', blank stem"
            })
    void refusesAStatementThatCannotBeInTheFramework(String code, int standard, String kind, String stem, String why) {
        assertThatThrownBy(() -> insert(code, standard, kind, stem))
                .as(why)
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insert(String code, int standard, String kind, String stem) {
        jdbc.sql(
                        "insert into framework_statement (code, standard, kind, stem, text) values (?, ?, ?, ?, 'A statement.')")
                .params(code, standard, kind, stem)
                .update();
    }
}
