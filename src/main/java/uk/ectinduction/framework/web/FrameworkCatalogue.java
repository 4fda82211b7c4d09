package uk.ectinduction.framework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.framework.TeachingPages;
import uk.ectinduction.framework.internal.FrameworkStatement;
import uk.ectinduction.framework.internal.FrameworkStatementRepository;
import uk.ectinduction.framework.internal.TeachersStandard;
import uk.ectinduction.framework.internal.TeachersStandardRepository;
import uk.ectinduction.people.Role;

/** What the framework pages show: the whole framework, or one statement and the pages that teach it. */
@Service
@Transactional(readOnly = true)
class FrameworkCatalogue {

    /** A Teachers' Standard with its bullets and its statements, learn how to grouped under their stems. */
    record StandardSection(
            int number,
            String heading,
            String ecfSectionTitle,
            List<String> bullets,
            List<Statement> learnThat,
            List<StemGroup> learnHowTo) {}

    /** Consecutive learn how to statements sharing a stem; the stem is null where it is not established (4e). */
    record StemGroup(String stem, List<Statement> statements) {}

    record StatementDetail(
            Statement statement,
            String standardHeading,
            String ecfSectionTitle,
            List<TeachingPages.TeachingPage> taughtIn) {}

    private final TeachersStandardRepository standards;
    private final FrameworkStatementRepository statements;
    private final FrameworkStatements lookup;
    private final List<TeachingPages> teachingPages;

    FrameworkCatalogue(
            TeachersStandardRepository standards,
            FrameworkStatementRepository statements,
            FrameworkStatements lookup,
            List<TeachingPages> teachingPages) {
        this.standards = standards;
        this.statements = statements;
        this.lookup = lookup;
        this.teachingPages = List.copyOf(teachingPages);
    }

    /**
     * Only migrations write the framework, so it is read once (two queries) and kept: every /framework view then
     * renders from memory.
     */
    private volatile List<StandardSection> framework;

    /** The eight standards in order, each with its statements. */
    List<StandardSection> framework() {
        List<StandardSection> read = framework;
        if (read == null) {
            read = readFramework();
            framework = read;
        }
        return read;
    }

    private List<StandardSection> readFramework() {
        Map<Integer, List<Statement>> byStandard = statements.findAllByOrderByFrameworkOrder().stream()
                .map(FrameworkStatement::toStatement)
                .collect(Collectors.groupingBy(Statement::standard));
        return standards.findAllByOrderByNumber().stream()
                .map(standard -> section(standard, byStandard.getOrDefault(standard.getNumber(), List.of())))
                .toList();
    }

    /** A statement with its standard and where it is taught, or empty for an unknown code. */
    Optional<StatementDetail> statement(String code, Set<Role> viewerRoles) {
        return lookup.findByCode(code).map(statement -> {
            TeachersStandard standard = standards.findById(statement.standard()).orElseThrow();
            return new StatementDetail(
                    statement,
                    standard.getHeading(),
                    standard.getEcfSectionTitle(),
                    taughtIn(statement.code(), viewerRoles));
        });
    }

    /** Every content source's pages for the statement, in the order the sources give them, without repeats. */
    List<TeachingPages.TeachingPage> taughtIn(String code, Set<Role> viewerRoles) {
        return teachingPages.stream()
                .map(source -> source.teaching(code, Set.copyOf(viewerRoles)))
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    private static StandardSection section(TeachersStandard standard, List<Statement> statements) {
        List<Statement> learnThat = statements.stream()
                .filter(s -> s.kind() == StatementKind.LEARN_THAT)
                .toList();
        List<Statement> learnHowTo = statements.stream()
                .filter(s -> s.kind() == StatementKind.LEARN_HOW_TO)
                .toList();
        return new StandardSection(
                standard.getNumber(),
                standard.getHeading(),
                standard.getEcfSectionTitle(),
                standard.getBullets(),
                learnThat,
                groupByStem(learnHowTo));
    }

    static List<StemGroup> groupByStem(List<Statement> learnHowTo) {
        List<StemGroup> groups = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        String currentStem = null;
        for (Statement statement : learnHowTo) {
            if (!current.isEmpty() && !Objects.equals(currentStem, statement.stem())) {
                groups.add(new StemGroup(currentStem, List.copyOf(current)));
                current.clear();
            }
            currentStem = statement.stem();
            current.add(statement);
        }
        if (!current.isEmpty()) {
            groups.add(new StemGroup(currentStem, List.copyOf(current)));
        }
        return List.copyOf(groups);
    }
}
