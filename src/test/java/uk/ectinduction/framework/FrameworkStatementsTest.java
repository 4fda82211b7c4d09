package uk.ectinduction.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
class FrameworkStatementsTest {

    @Autowired
    FrameworkStatements framework;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theMigrationLoadsTheWholeFramework() {
        assertThat(count("select count(*) from teachers_standard")).isEqualTo(8);
        assertThat(count("select count(*) from teachers_standard_bullet")).isEqualTo(35);
        assertThat(count("select count(*) from framework_statement")).isEqualTo(181);
        assertThat(count("select count(*) from framework_statement where kind = 'learn_that'"))
                .isEqualTo(64);
        assertThat(count("select count(*) from framework_statement where kind = 'learn_how_to'"))
                .isEqualTo(117);
        assertThat(count("select count(*) from framework_statement where stem is null and kind = 'learn_how_to'"))
                .isEqualTo(1);
    }

    @Test
    void findsStatementsByCodeWithTheirStems() {
        assertThat(framework.findByCode("8.4")).get().satisfies(s -> {
            assertThat(s.standard()).isEqualTo(8);
            assertThat(s.kind()).isEqualTo(StatementKind.LEARN_THAT);
            assertThat(s.stem()).isNull();
            assertThat(s.text()).startsWith("Building effective relationships with parents, carers and families");
        });
        assertThat(framework.findByCode("8h")).get().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.LEARN_HOW_TO);
            assertThat(s.stem()).isEqualTo("Build effective working relationships, by:");
        });
        assertThat(framework.findByCode("1d"))
                .get()
                .extracting(Statement::stem)
                .isEqualTo("Communicate a belief in the academic potential of all pupils, by:");
        assertThat(framework.findByCode("7k"))
                .get()
                .extracting(Statement::stem)
                .isEqualTo("Build trusting relationships, by:");
        assertThat(framework.findByCode("4e")).get().extracting(Statement::stem).isNull();
    }

    @Test
    void codesAreTrimmedAndTheirLetterMayBeCapital() {
        assertThat(framework.findByCode(" 1D "))
                .get()
                .extracting(Statement::code)
                .isEqualTo("1d");
        assertThat(framework.findByCode("\t8.4\n"))
                .get()
                .extracting(Statement::code)
                .isEqualTo("8.4");
    }

    @Test
    void unknownOrMalformedCodesFindNothing() {
        for (String code : Arrays.asList("99z", "9a", "8z", "8.99", "8.", "8", "", "1.1; drop table x", null)) {
            assertThat(framework.findByCode(code)).as(String.valueOf(code)).isEmpty();
        }
    }

    @Test
    void findsManyCodesInOneQueryInFrameworkOrder() {
        Statistics statistics = statistics();
        try {
            List<Statement> found =
                    framework.findByCodes(Arrays.asList("8h", "3.10", "1D", "3.9", "3a", "99z", "8h", null));

            assertThat(found).extracting(Statement::code).containsExactly("1d", "3.9", "3.10", "3a", "8h");
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(framework.findByCodes(List.of())).isEmpty();
        assertThat(framework.findByCodes(List.of("nonsense"))).isEmpty();
    }

    @Test
    void aStandardsStatementsComeLearnThatByNumberThenLearnHowToByLetter() {
        List<Statement> standard3 = framework.forStandard(3);

        assertThat(standard3)
                .extracting(Statement::code)
                .startsWith("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3a", "3b")
                .endsWith("3r", "3s");
        assertThat(standard3).allSatisfy(s -> assertThat(s.standard()).isEqualTo(3));
        assertThat(framework.forStandard(8)).extracting(Statement::code).contains("8.4", "8h");
        assertThat(framework.forStandard(9)).isEmpty();
        int total = 0;
        for (int standard = 1; standard <= 8; standard++) {
            total += framework.forStandard(standard).size();
        }
        assertThat(total).isEqualTo(181);
    }

    private Statistics statistics() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        return statistics;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
