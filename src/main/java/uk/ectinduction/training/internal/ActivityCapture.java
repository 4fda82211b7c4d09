package uk.ectinduction.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.ScalePoint;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.SessionPlan;

/**
 * The group's agreement with each statement of a session's statements activities, as counts on the five-point
 * scale. A statement's counts add up to no more than the ECTs marked present or late: the register comes first.
 */
@Service
@Transactional(readOnly = true)
public class ActivityCapture {

    /** A statement and how many chose each point of the scale (all zero until recorded). */
    public record Statement(int number, String text, Map<ScalePoint, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(ScalePoint point) {
            return counts.getOrDefault(point, 0);
        }
    }

    /** A statements activity of the plan: its section, and whether its counts have been recorded. */
    public record Activity(int sectionNumber, String heading, List<Statement> statements, boolean recorded) {}

    private final StatementCountRepository counts;
    private final SessionAccess access;
    private final PlanReader plans;
    private final SessionRegister register;
    private final Clock clock;

    ActivityCapture(
            StatementCountRepository counts,
            SessionAccess access,
            PlanReader plans,
            SessionRegister register,
            Clock clock) {
        this.counts = counts;
        this.access = access;
        this.plans = plans;
        this.register = register;
        this.clock = clock;
    }

    /** Every statements activity of the session's plan with its counts, for the session's tutors. */
    public List<Activity> activities(SignedInUser tutor, long sessionId) {
        TrainingSession session = access.toAct(tutor, sessionId);
        SessionPlan plan = plans.plan(session.getMaterialsPath(), session.getMaterialsTitle());
        Map<Integer, Map<Integer, Map<ScalePoint, Integer>>> saved = new HashMap<>();
        for (StatementCount c : counts.findBySessionId(sessionId)) {
            saved.computeIfAbsent(c.getSectionNumber(), n -> new HashMap<>())
                    .computeIfAbsent(c.getStatementNumber(), n -> new EnumMap<>(ScalePoint.class))
                    .put(c.getScalePoint(), c.getPeople());
        }
        List<Activity> activities = new ArrayList<>();
        for (SessionPlan.Section section : plan.sections()) {
            List<String> texts = StatementList.of(section.html());
            if (texts.isEmpty()) {
                continue;
            }
            Map<Integer, Map<ScalePoint, Integer>> sectionCounts = saved.getOrDefault(section.number(), Map.of());
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                statements.add(new Statement(i + 1, texts.get(i), sectionCounts.getOrDefault(i + 1, Map.of())));
            }
            activities.add(new Activity(section.number(), section.heading(), statements, !sectionCounts.isEmpty()));
        }
        return activities;
    }

    /** One statements activity, by its section's number; 404 if that section is not one. */
    public Activity activity(SignedInUser tutor, long sessionId, int sectionNumber) {
        return activities(tutor, sessionId).stream()
                .filter(a -> a.sectionNumber() == sectionNumber)
                .findFirst()
                .orElseThrow(SessionAccess.NotFound::new);
    }

    /** How many ECTs were marked present or late: the most a statement's counts may add up to. */
    public int present(SignedInUser tutor, long sessionId) {
        access.toAct(tutor, sessionId);
        return register.attending(sessionId).size();
    }

    /**
     * Replaces an activity's counts: by statement number, the count for each point (a missing point is 0). All are
     * checked before any is saved, so one statement over the number present saves nothing.
     */
    @Transactional
    public void record(
            SignedInUser tutor, long sessionId, int sectionNumber, Map<Integer, Map<ScalePoint, Integer>> given) {
        TrainingSession session = access.toAct(tutor, sessionId);
        session.checkRecordable(LocalDate.now(clock));
        Activity activity = activity(tutor, sessionId, sectionNumber);
        int present = register.attending(sessionId).size();
        if (present == 0) {
            throw new SessionException("Take the register first: no ECT is marked present or late");
        }
        List<StatementCount> rows = new ArrayList<>();
        for (Statement statement : activity.statements()) {
            Map<ScalePoint, Integer> points = given.getOrDefault(statement.number(), Map.of());
            int total = 0;
            for (ScalePoint point : ScalePoint.values()) {
                int people = points.getOrDefault(point, 0);
                if (people < 0) {
                    throw new SessionException("Statement " + statement.number() + ": counts must be 0 or more");
                }
                total += people;
                rows.add(new StatementCount(
                        sessionId, sectionNumber, statement.number(), statement.text(), point, people));
            }
            if (total > present) {
                throw new SessionException("Statement " + statement.number() + ": the counts add up to " + total
                        + ", more than the " + present + " ECTs marked present or late");
            }
        }
        counts.deleteSection(sessionId, sectionNumber);
        counts.saveAllAndFlush(rows);
    }
}
