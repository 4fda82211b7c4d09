package uk.ectinduction.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.AccountChanged;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.PersonDetails;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.people.internal.AccountException;
import uk.ectinduction.people.internal.AppUser;
import uk.ectinduction.people.internal.AppUserRepository;
import uk.ectinduction.people.internal.MentorAssignmentRepository;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.StaleEditException;

/** What programme admins do to accounts: list, create, edit, disable, assign mentors. */
@Service
@Transactional(readOnly = true)
class UserAdministration {

    static final int PAGE_SIZE = 50;

    record UserRow(long id, String email, String displayName, Set<Role> roles, boolean enabled) {}

    record UserPage(List<UserRow> rows, int page, int totalPages, long total, String query) {}

    record MentorPeriod(String mentorName, String mentorEmail, LocalDate startedOn, LocalDate endedOn) {}

    record UserDetails(
            long id,
            String email,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            boolean hasPassword,
            long version,
            Optional<Person> currentMentor,
            List<MentorPeriod> mentorHistory,
            Optional<String> cohort,
            List<Person> mentees) {
        public boolean ect() {
            return roles.contains(Role.ECT);
        }
    }

    private final AppUserRepository users;
    private final MentorAssignmentRepository assignments;
    private final UserAccounts accounts;
    private final Cohorts cohorts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAdministration(
            AppUserRepository users,
            MentorAssignmentRepository assignments,
            UserAccounts accounts,
            Cohorts cohorts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.assignments = assignments;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** One page of people, in two queries: the page of ids, then those people with their roles. */
    UserPage list(String query, int page) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        Page<Long> ids = users.findIdsMatching(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<Long, AppUser> loaded = users.findAllWithRoles(ids.getContent()).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        List<UserRow> rows = ids.getContent().stream()
                .map(loaded::get)
                .map(u -> new UserRow(u.getId(), u.getEmail(), u.getDisplayName(), u.getRoles(), u.isEnabled()))
                .toList();
        return new UserPage(
                rows,
                ids.getNumber(),
                Math.max(ids.getTotalPages(), 1),
                ids.getTotalElements(),
                query == null ? "" : query.trim());
    }

    Optional<UserDetails> details(long id) {
        return users.findById(id).map(u -> {
            List<MentorPeriod> history = assignments.findHistoryOfEct(id).stream()
                    .map(a -> new MentorPeriod(
                            a.getMentor().getDisplayName(), a.getMentor().getEmail(), a.getStartedOn(), a.getEndedOn()))
                    .toList();
            return new UserDetails(
                    u.getId(),
                    u.getEmail(),
                    u.getDisplayName(),
                    u.getRoles(),
                    u.isEnabled(),
                    u.getPasswordHash() != null,
                    u.getVersion(),
                    accounts.currentMentor(id),
                    history,
                    Optional.ofNullable(cohorts.cohortNamesOf(List.of(id)).get(id)),
                    u.getRoles().contains(Role.MENTOR) ? accounts.currentMentees(id) : List.of());
        });
    }

    Optional<UserForm> form(long id) {
        return users.findById(id).map(UserForm::of);
    }

    List<Person> tutors() {
        return users.findEnabledWithRole(Role.INDUCTION_TUTOR).stream()
                .map(AppUser::toPerson)
                .toList();
    }

    List<Person> mentors() {
        return users.findEnabledWithRole(Role.MENTOR).stream()
                .map(AppUser::toPerson)
                .toList();
    }

    /** Creates an account with no password yet; its owner sets one through a link the admin passes on. */
    @Transactional
    long create(PersonDetails details) {
        return accounts.create(details).id();
    }

    /** Saves the admin's edit unless someone else saved the person since the form showed {@code version}. */
    @Transactional
    void update(long id, Long version, PersonDetails details) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("no such user"));
        if (version == null || user.getVersion() != version) {
            throw new StaleEditException();
        }
        accounts.change(id, details);
    }

    /** Disabling keeps every record of the person; they can no longer sign in. */
    @Transactional
    void setEnabled(long id, boolean enabled, long actingAdminId) {
        if (!enabled && id == actingAdminId) {
            throw new AccountException("You cannot disable your own account");
        }
        users.findById(id)
                .orElseThrow(() -> new NotFoundException("no such user"))
                .setEnabled(enabled);
        if (!enabled) {
            events.publishEvent(AccountChanged.of(id, AccountChanged.Change.DISABLED));
        }
    }

    @Transactional
    void assignMentor(long mentorId, long ectId) {
        accounts.assignMentor(mentorId, ectId, LocalDate.now(clock));
    }
}
