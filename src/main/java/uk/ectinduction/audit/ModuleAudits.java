package uk.ectinduction.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.audit.AuditSitting.RatedStatement;
import uk.ectinduction.audit.internal.ModuleAudit;
import uk.ectinduction.audit.internal.ModuleAuditRepository;
import uk.ectinduction.audit.internal.StatementRating;
import uk.ectinduction.content.ModuleStatements;
import uk.ectinduction.content.ModuleStatements.ModuleSummary;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignedInUser;

/**
 * An ECT's module audits: what a sitting asks, making one, and reading them back as sittings and as progress. Every
 * method taking a {@link SignedInUser} goes through {@link AuditAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ModuleAudits {

    /** Ratings for the statements a sitting asks; the caller has checked each rating and note. */
    public record Answer(AuditRating rating, String note) {}

    private final ModuleAuditRepository audits;
    private final AuditAccess access;
    private final ModuleStatements modules;
    private final ModuleStandards standards;
    private final FrameworkStatements framework;
    private final JdbcClient jdbc;
    private final Clock clock;

    ModuleAudits(
            ModuleAuditRepository audits,
            AuditAccess access,
            ModuleStatements modules,
            ModuleStandards standards,
            FrameworkStatements framework,
            JdbcClient jdbc,
            Clock clock) {
        this.audits = audits;
        this.access = access;
        this.modules = modules;
        this.standards = standards;
        this.framework = framework;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The ECT whose audits the reader may see; 404 for anyone else. */
    public Person ect(SignedInUser user, long ectId) {
        return access.ect(user, ectId);
    }

    /** The modules whose Standard has statements to rate, with when this ECT last audited each. */
    public List<ModuleChoice> modules(SignedInUser user, long ectId) {
        access.checkEct(user, ectId);
        List<ModuleSummary> all = modules.modules();
        Map<String, ModuleStandards.Audited> audited = standards.of(all);
        List<ModuleAudit> sittings = audits.findByEct(ectId);
        List<ModuleChoice> choices = new ArrayList<>();
        for (ModuleSummary module : all) {
            ModuleStandards.Audited a = audited.get(module.ref());
            if (a.statements().isEmpty()) {
                continue;
            }
            List<ModuleAudit> mine = sittings.stream()
                    .filter(s -> s.getModuleRef().equals(module.ref()))
                    .toList();
            choices.add(new ModuleChoice(
                    module.ref(),
                    module.title(),
                    a.standards(),
                    a.statements().size(),
                    mine.isEmpty() ? null : day(mine.get(mine.size() - 1).getCreatedAt()),
                    mine.size()));
        }
        return choices;
    }

    /** What a new sitting of this module's audit asks; 404 for a module with nothing to rate. */
    public AuditTemplate template(SignedInUser user, long ectId, String moduleRef) {
        access.checkEct(user, ectId);
        ModuleSummary module = modules.module(moduleRef).orElseThrow(AuditAccess.NotFound::new);
        ModuleStandards.Audited audited = standards.of(List.of(module)).get(module.ref());
        if (audited.statements().isEmpty()) {
            throw new AuditAccess.NotFound();
        }
        Map<String, RatedStatement> latest = latest(ectId, moduleRef)
                .map(s -> s.ratings().stream()
                        .collect(Collectors.toMap(r -> r.statement().code(), Function.identity())))
                .orElse(Map.of());
        return new AuditTemplate(
                ectId, module.ref(), module.title(), audited.standards(), audited.statements(), latest);
    }

    /**
     * Saves a new sitting, all of it or nothing: every statement of the template must be answered. Returns its id.
     */
    @Transactional
    public long record(SignedInUser user, AuditTemplate template, Map<String, Answer> answers) {
        access.checkEct(user, template.ectId());
        List<StatementRating> ratings = new ArrayList<>();
        for (Statement statement : template.statements()) {
            Answer answer = answers.get(statement.code());
            if (answer == null || answer.rating() == null) {
                throw new IllegalArgumentException("no rating for " + statement.code());
            }
            ratings.add(new StatementRating(statement.code(), answer.rating(), answer.note()));
        }
        if (!answers.keySet().stream()
                .allMatch(code -> ratings.stream().anyMatch(r -> r.getCode().equals(code)))) {
            throw new IllegalArgumentException("a rating for a statement this audit does not ask");
        }
        return audits.save(new ModuleAudit(
                        template.ectId(),
                        template.moduleRef(),
                        template.moduleTitle(),
                        user.id(),
                        clock.instant(),
                        ratings))
                .getId();
    }

    /** Every sitting of the ECT's audits, newest first. */
    public List<AuditSitting> sittings(SignedInUser user, long ectId) {
        access.checkEct(user, ectId);
        List<AuditSitting> all = sittingsOf(ectId);
        List<AuditSitting> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public AuditSitting sitting(SignedInUser user, long ectId, long auditId) {
        access.sitting(user, ectId, auditId);
        return sittingsOf(ectId).stream()
                .filter(s -> s.id() == auditId)
                .findFirst()
                .orElseThrow(AuditAccess.NotFound::new);
    }

    /**
     * The ECT's latest sitting of a module's audit, for the meeting's Plan step; empty when there is none or the
     * reader may not see the ECT's audits.
     */
    public Optional<AuditSitting> latestFor(SignedInUser user, long ectId, String moduleRef) {
        return access.mayRead(user, ectId) ? latest(ectId, moduleRef) : Optional.empty();
    }

    private Optional<AuditSitting> latest(long ectId, String moduleRef) {
        List<AuditSitting> forModule = sittingsOf(ectId).stream()
                .filter(s -> s.moduleRef().equals(moduleRef))
                .toList();
        return forModule.isEmpty() ? Optional.empty() : Optional.of(forModule.get(forModule.size() - 1));
    }

    /** Each module's statements across the ECT's sittings of it, for the progress chart and its table. */
    public List<AuditProgress> progress(SignedInUser user, long ectId) {
        access.checkEct(user, ectId);
        Map<String, List<AuditSitting>> byModule = new LinkedHashMap<>();
        sittingsOf(ectId)
                .forEach(s -> byModule.computeIfAbsent(s.moduleRef(), m -> new ArrayList<>())
                        .add(s));
        List<AuditProgress> result = new ArrayList<>();
        byModule.forEach((ref, sittings) -> {
            Map<String, Statement> statements = new LinkedHashMap<>();
            sittings.forEach(s -> s.ratings()
                    .forEach(r -> statements.putIfAbsent(r.statement().code(), r.statement())));
            List<AuditProgress.StatementProgress> rows = new ArrayList<>();
            for (Statement statement : statements.values()) {
                List<AuditRating> ratings = new ArrayList<>();
                for (AuditSitting s : sittings) {
                    ratings.add(s.ratings().stream()
                            .filter(r -> r.statement().code().equals(statement.code()))
                            .map(RatedStatement::rating)
                            .findFirst()
                            .orElse(null));
                }
                rows.add(new AuditProgress.StatementProgress(statement, ratings));
            }
            result.add(new AuditProgress(
                    ref,
                    sittings.get(0).moduleTitle(),
                    sittings.stream().map(AuditSitting::on).toList(),
                    rows));
        });
        return result;
    }

    /** Each ECT's latest sitting of any module, in one query, for home pages. ECTs with none are absent. */
    public Map<Long, AuditState> latestStates(Collection<Long> ectIds) {
        Map<Long, AuditState> result = new HashMap<>();
        if (ectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select distinct on (ect_id) ect_id, module_ref, module_title, created_at from module_audit
                 where ect_id in (:ids) order by ect_id, created_at desc, id desc""")
                .param("ids", ectIds)
                .query((rs, n) -> new AuditState(
                        rs.getLong("ect_id"),
                        rs.getString("module_ref"),
                        rs.getString("module_title"),
                        day(rs.getTimestamp("created_at").toInstant())))
                .list()
                .forEach(state -> result.put(state.ectId(), state));
        return result;
    }

    /** When the ECT last audited a module, if ever, in one query: for their home page's "audit to do". */
    public Optional<LocalDate> lastAudited(long ectId, String moduleRef) {
        return jdbc.sql("select max(created_at) from module_audit where ect_id = ? and module_ref = ?")
                .params(ectId, moduleRef)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(at -> day(at.toInstant()));
    }

    /** How many ECTs of a cohort hold each rating of each statement, by their latest sitting; no names. */
    public CohortRatings cohortRatings(String cohortName, Collection<Long> ectIds) {
        Map<Long, Map<String, StatementRating>> latestByEct = new HashMap<>();
        if (!ectIds.isEmpty()) {
            for (ModuleAudit audit : audits.findByEcts(ectIds)) {
                audit.getRatings()
                        .forEach(r -> latestByEct
                                .computeIfAbsent(audit.getEctId(), e -> new HashMap<>())
                                .put(r.getCode(), r));
            }
        }
        Map<String, Map<AuditRating, Long>> counts = new HashMap<>();
        latestByEct
                .values()
                .forEach(ratings -> ratings.values()
                        .forEach(r -> counts.computeIfAbsent(r.getCode(), c -> new EnumMap<>(AuditRating.class))
                                .merge(r.getRating(), 1L, Long::sum)));
        List<CohortRatings.StatementCounts> rows = framework.findByCodes(counts.keySet()).stream()
                .map(s -> new CohortRatings.StatementCounts(s, counts.get(s.code())))
                .toList();
        return new CohortRatings(cohortName, latestByEct.size(), rows);
    }

    /** How many sittings there are: all an admin may know. */
    public long count() {
        return audits.count();
    }

    private List<AuditSitting> sittingsOf(long ectId) {
        List<ModuleAudit> all = audits.findByEct(ectId);
        Map<String, Statement> statements = new HashMap<>();
        framework
                .findByCodes(all.stream()
                        .flatMap(a -> a.getRatings().stream())
                        .map(StatementRating::getCode)
                        .collect(Collectors.toSet()))
                .forEach(s -> statements.put(s.code(), s));
        Map<String, Integer> numbers = new HashMap<>();
        List<AuditSitting> sittings = new ArrayList<>();
        for (ModuleAudit audit : all) {
            int number = numbers.merge(audit.getModuleRef(), 1, Integer::sum);
            List<RatedStatement> rated = audit.getRatings().stream()
                    .map(r -> new RatedStatement(statements.get(r.getCode()), r.getRating(), r.getNote()))
                    .sorted(Comparator.comparingInt(r -> ModuleStandards.order(r.statement())))
                    .toList();
            sittings.add(new AuditSitting(
                    audit.getId(),
                    audit.getEctId(),
                    audit.getModuleRef(),
                    audit.getModuleTitle(),
                    day(audit.getCreatedAt()),
                    number,
                    audit.getStartedBy() != audit.getEctId(),
                    rated));
        }
        return sittings;
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }
}
