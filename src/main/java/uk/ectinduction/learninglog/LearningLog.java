package uk.ectinduction.learninglog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import uk.ectinduction.content.ModuleStatements;
import uk.ectinduction.content.ModuleStatements.PageStatements;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.content.WeekOfProgramme;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.learninglog.internal.LearningLogEntry;
import uk.ectinduction.learninglog.internal.LearningLogEntryRepository;
import uk.ectinduction.learninglog.internal.LogEntryComment;
import uk.ectinduction.learninglog.internal.LogEntryCommentRepository;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignedInUser;

/**
 * Writing and reading learning logs. Every method taking a {@link SignedInUser} goes through {@link LogAccess}; the
 * summaries for home pages and admins take ids and give dates and counts only, never text.
 */
@Service
@Transactional(readOnly = true)
public class LearningLog {

    private final LearningLogEntryRepository entries;
    private final LogEntryCommentRepository comments;
    private final LogAccess access;
    private final FrameworkStatements framework;
    private final ModuleStatements pages;
    private final Cohorts cohorts;
    private final ProgrammeWeeks weeks;
    private final JdbcClient jdbc;
    private final Clock clock;

    LearningLog(
            LearningLogEntryRepository entries,
            LogEntryCommentRepository comments,
            LogAccess access,
            FrameworkStatements framework,
            ModuleStatements pages,
            Cohorts cohorts,
            ProgrammeWeeks weeks,
            JdbcClient jdbc,
            Clock clock) {
        this.entries = entries;
        this.comments = comments;
        this.access = access;
        this.framework = framework;
        this.pages = pages;
        this.cohorts = cohorts;
        this.weeks = weeks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Person ect(SignedInUser user, long ectId) {
        return access.ect(user, ectId);
    }

    /** The entries the reader may see, newest first: all for the ECT, the shared ones for their mentor. */
    public LogListing entries(SignedInUser user, long ectId, LogFilter filter) {
        boolean sharedOnly = access.sharedOnly(user, ectId);
        List<LearningLogEntry> found = entries.findByEct(ectId).stream()
                .filter(e -> !(sharedOnly && e.isPrivateEntry()))
                .toList();
        Map<String, String> moduleTitles = new HashMap<>();
        if (found.stream().anyMatch(e -> e.getModuleRef() != null)) {
            pages.modules().forEach(m -> moduleTitles.put(m.ref(), m.title()));
        }
        return LogListing.of(views(found, false), filter, moduleTitles);
    }

    /** The entries the reader may see, with their comments, for the ECT's record. */
    public List<LogEntry> entriesWithComments(SignedInUser user, long ectId) {
        boolean sharedOnly = access.sharedOnly(user, ectId);
        return views(
                entries.findByEct(ectId).stream()
                        .filter(e -> !(sharedOnly && e.isPrivateEntry()))
                        .toList(),
                true);
    }

    /** One entry with its comments. */
    public LogEntry entry(SignedInUser user, long ectId, long entryId) {
        return views(List.of(access.readableEntry(user, ectId, entryId)), true).get(0);
    }

    /** A page the ECT may read, with its statements, to start an entry from; empty for anything else. */
    public Optional<PageStatements> page(SignedInUser user, String path) {
        return pages.page(path, user.roles());
    }

    /**
     * The ECT's self-study pages of their cohort's programme week (the next one in a holiday): an entry started from
     * one of them offers that week's learning intentions.
     */
    public List<PageView.Link> thisWeeksPages(SignedInUser user) {
        return cohorts.weekOfEct(user.id())
                .flatMap(w -> w.thisWeek()
                        .or(w::nextWeek)
                        .flatMap(week -> weeks.week(w.cohort().programmeSlug(), week.number(), user.roles())))
                .map(WeekOfProgramme::ectPages)
                .orElse(List.of());
    }

    /**
     * The statements to offer as checkboxes: those of the linked page's learning intentions, and any already chosen.
     */
    public List<Statement> choices(SignedInUser user, String pagePath, Collection<String> chosen) {
        List<String> codes =
                new ArrayList<>(page(user, pagePath).map(PageStatements::codes).orElse(List.of()));
        codes.addAll(chosen);
        return framework.findByCodes(codes);
    }

    /** All the framework's statements, to search among when linking an entry. */
    public List<Statement> allStatements() {
        List<Statement> all = new ArrayList<>();
        for (int standard = 1; standard <= 8; standard++) {
            all.addAll(framework.forStandard(standard));
        }
        return all;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public long write(SignedInUser user, EntryInput input) {
        access.ect(user, user.id());
        LearningLogEntry entry = new LearningLogEntry(user.id(), clock.instant());
        fill(user, entry, input);
        return entries.save(entry).getId();
    }

    @Transactional
    public void edit(SignedInUser user, long entryId, EntryInput input) {
        fill(user, access.ownEntry(user, entryId), input);
    }

    private void fill(SignedInUser user, LearningLogEntry entry, EntryInput input) {
        Optional<PageStatements> page = page(user, input.pagePath());
        List<String> codes = framework.findByCodes(input.codes()).stream()
                .map(Statement::code)
                .toList();
        if (codes.size() != input.codes().stream().distinct().count()) {
            throw new IllegalArgumentException("a statement code that is not in the framework");
        }
        entry.write(
                input.writtenOn(),
                page.map(PageStatements::path).orElse(null),
                page.map(PageStatements::title).orElse(null),
                page.map(PageStatements::moduleRef).orElse(null),
                input.keyPoints(),
                input.reflection(),
                input.privateEntry(),
                codes,
                clock.instant());
    }

    /** The mentor's comment on a shared entry of their mentee. */
    @Transactional
    public void comment(SignedInUser user, long ectId, long entryId, String body) {
        LearningLogEntry entry = access.commentableEntry(user, ectId, entryId);
        comments.save(new LogEntryComment(entry.getId(), user.id(), user.displayName(), body, clock.instant()));
    }

    /** The date of each ECT's latest entry (shared ones only, when a mentor asks), in one query. */
    public Map<Long, LocalDate> lastEntryOn(Collection<Long> ectIds, boolean sharedOnly) {
        Map<Long, LocalDate> result = new HashMap<>();
        if (ectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select ect_id, max(written_on) as last_on from learning_log_entry
                 where ect_id in (:ids) and (not :sharedOnly or not private_entry) group by ect_id""")
                .param("ids", ectIds)
                .param("sharedOnly", sharedOnly)
                .query((rs, n) -> result.put(rs.getLong("ect_id"), rs.getObject("last_on", LocalDate.class)))
                .list();
        return result;
    }

    /** An ECT's latest entries for their home page: date, page and the start of the key points, in one query. */
    public record Headline(long id, LocalDate writtenOn, String pageTitle, String keyPoints, boolean privateEntry) {}

    public List<Headline> latest(long ectId, int howMany) {
        return jdbc.sql("""
                select id, written_on, page_title, left(coalesce(nullif(key_points, ''), reflection), 120) as key_points,
                       private_entry
                  from learning_log_entry where ect_id = ? order by written_on desc, id desc limit ?""").params(ectId, howMany).query(Headline.class).list();
    }

    /** How many entries and comments there are: all an admin may know of anyone's log. */
    public record Counts(long entries, long privateEntries, long comments) {}

    public Counts counts() {
        return jdbc.sql("""
                select count(*) as entries, count(*) filter (where private_entry) as private_entries,
                       (select count(*) from learning_log_comment) as comments
                  from learning_log_entry""").query(Counts.class).single();
    }

    private List<LogEntry> views(List<LearningLogEntry> found, boolean withComments) {
        Map<String, Statement> statements = framework
                .findByCodes(found.stream()
                        .flatMap(e -> e.getStatementCodes().stream())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Statement::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<LogEntry.Comment>> byEntry = new HashMap<>();
        if (withComments && !found.isEmpty()) {
            comments.findByEntryIdInOrderByCreatedAtAscIdAsc(
                            found.stream().map(LearningLogEntry::getId).toList())
                    .forEach(c -> byEntry.computeIfAbsent(c.getEntryId(), id -> new ArrayList<>())
                            .add(new LogEntry.Comment(c.getAuthorName(), c.getBody(), c.getCreatedAt())));
        }
        return found.stream()
                .map(e -> new LogEntry(
                        e.getId(),
                        e.getEctId(),
                        e.getWrittenOn(),
                        e.getPagePath(),
                        e.getPageTitle(),
                        e.getModuleRef(),
                        e.getKeyPoints(),
                        e.getReflection(),
                        e.isPrivateEntry(),
                        statements.values().stream()
                                .filter(s -> e.getStatementCodes().contains(s.code()))
                                .toList(),
                        byEntry.getOrDefault(e.getId(), List.of())))
                .toList();
    }
}
