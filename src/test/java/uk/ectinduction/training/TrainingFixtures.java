package uk.ectinduction.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.SignIn;

/**
 * A fresh cohort on the demo programme with its own induction tutor and ECT, so that each test's sessions are its
 * own; and the seed tutor materials (Summer week 1 of the demo programme) to schedule them from.
 */
public final class TrainingFixtures {

    /** The seed's 60-minute session: 10 · 15 · 15 · 15 · 5. */
    public static final String SEED_MATERIALS = "/programmes/education-development-trust/year-1-a-people-profession/"
            + "summer-week-1-induction-tutor-materials";

    public static final List<String> SEED_HEADINGS = List.of(
            "Building effective relationships with parents, carers and families",
            "What can you learn from liaising with parents, carers and families?",
            "Seeking opportunities to engage parents, carers and families",
            "Making effective use of parents’ evenings",
            "Planning for action");
    public static final List<Integer> SEED_MINUTES = List.of(10, 15, 15, 15, 5);

    private static final AtomicInteger COHORTS = new AtomicInteger();

    /** A cohort with its tutor and one ECT, each able to sign in with the demo password. */
    public record Group(long cohortId, String cohortName, Person tutor, Person ect) {}

    private TrainingFixtures() {}

    public static Group group(UserAccounts accounts, Cohorts cohorts) {
        int n = COHORTS.incrementAndGet();
        String run = Long.toString(System.nanoTime(), 36) + "-" + n;
        Person tutor = accounts.createUser(
                "tutor-" + run + "@training.example",
                "Tutor " + n,
                EnumSet.of(Role.INDUCTION_TUTOR),
                SignIn.DEMO_PASSWORD);
        Person ect = accounts.createUser(
                "ect-" + run + "@training.example", "Trainee " + n, EnumSet.of(Role.ECT), SignIn.DEMO_PASSWORD);
        String name = "Training cohort " + run;
        long cohort = cohorts.create(
                name, "education-development-trust", LocalDate.now().minusWeeks(3), List.of(), List.of());
        cohorts.setTutors(cohort, List.of(tutor.id()));
        cohorts.enrol(ect.id(), cohort);
        return new Group(cohort, name, tutor, ect);
    }

    public static SignedInUser user(AppUserDetailsService users, Person person) {
        return (SignedInUser) users.loadUserByUsername(person.email());
    }

    /** The seed session for the group, a week ahead at 16:00 in the library. */
    public static long scheduleSeed(TrainingSessions sessions, SignedInUser tutor, Group group) {
        return sessions.schedule(
                tutor,
                SEED_MATERIALS,
                group.cohortId(),
                LocalDate.now().plusWeeks(1),
                LocalTime.of(16, 0),
                "Library",
                null);
    }
}
