package uk.ectinduction.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.internal.AccountException;
import uk.ectinduction.people.internal.AppUser;
import uk.ectinduction.people.internal.AppUserRepository;
import uk.ectinduction.people.internal.MentorAssignment;
import uk.ectinduction.people.internal.MentorAssignmentRepository;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.PasswordPolicy;

/** Creating people, their roles and passwords, and who mentors whom. */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

    private final AppUserRepository users;
    private final MentorAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAccounts(
            AppUserRepository users,
            MentorAssignmentRepository assignments,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.users = users;
        this.assignments = assignments;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Creates an enabled account, or throws {@link AccountException} saying what is wrong with the input. */
    @Transactional
    public Person createUser(String email, String displayName, Set<Role> roles, String password) {
        PersonDetails details = new PersonDetails(email, displayName, roles);
        details.check();
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        return add(details, passwordEncoder.encode(password));
    }

    /** Creates an account with no password yet; its owner sets one through a link an admin passes on. */
    @Transactional
    public Person create(PersonDetails details) {
        details.check();
        return add(details, null);
    }

    private Person add(PersonDetails details, String passwordHash) {
        refuseIfTaken(details.email());
        return users.saveAndFlush(new AppUser(details.email(), details.displayName(), passwordHash, details.roles()))
                .toPerson();
    }

    private void refuseIfTaken(String email) {
        if (users.existsByEmailIgnoreCase(email)) {
            throw new AccountException("a user with email " + email + " already exists");
        }
    }

    /**
     * Changes a person's details; a change of roles ends their sessions, so that it takes effect at once.
     * Returns whether anything changed.
     */
    @Transactional
    public boolean change(long userId, PersonDetails details) {
        details.check();
        AppUser user = user(userId);
        if (user.details().equals(details)) {
            return false;
        }
        if (!user.getEmail().equalsIgnoreCase(details.email())) {
            refuseIfTaken(details.email());
        }
        boolean rolesChanged = !user.getRoles().equals(details.roles());
        user.update(details);
        if (rolesChanged) {
            events.publishEvent(AccountChanged.of(userId, AccountChanged.Change.ROLES_CHANGED));
        }
        return true;
    }

    private AppUser user(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("no such user"));
    }

    /** Whether the account exists and may sign in. */
    public boolean isEnabled(long userId) {
        return users.findById(userId).filter(AppUser::isEnabled).isPresent();
    }

    /** People's names by id, in one query, for lists that say who did what; an id of no one is left out. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream().collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
    }

    public Optional<Person> findByEmail(String email) {
        return users.findByEmailIgnoreCase(email.trim()).map(AppUser::toPerson);
    }

    public boolean passwordMatches(long userId, String password) {
        return password != null
                && users.findById(userId)
                        .map(AppUser::getPasswordHash)
                        .filter(hash -> passwordEncoder.matches(password, hash))
                        .isPresent();
    }

    /** Sets a new password and ends every session signed in with the old one. */
    @Transactional
    public void changePassword(long userId, String newPassword) {
        setPassword(userId, newPassword, null);
    }

    /** The person's own change: their other sessions end, the one they made it in stays signed in. */
    @Transactional
    public void changeOwnPassword(long userId, String newPassword, String currentSessionId) {
        setPassword(userId, newPassword, currentSessionId);
    }

    private void setPassword(long userId, String newPassword, String keptSessionId) {
        PasswordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        user(userId).changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountChanged(userId, AccountChanged.Change.PASSWORD_CHANGED, keptSessionId));
    }

    /**
     * Makes {@code mentorId} the ECT's current mentor from {@code from}, keeping earlier mentors as history.
     * Returns whether that changed anything.
     */
    @Transactional
    public boolean assignMentor(long mentorId, long ectId, LocalDate from) {
        AppUser mentor = users.findById(mentorId).orElseThrow(() -> new NotFoundException("no such mentor"));
        AppUser ect = users.findById(ectId).orElseThrow(() -> new NotFoundException("no such ECT"));
        if (!mentor.getRoles().contains(Role.MENTOR)) {
            throw new AccountException(mentor.getEmail() + " is not a mentor");
        }
        if (!ect.getRoles().contains(Role.ECT)) {
            throw new AccountException(ect.getEmail() + " is not an ECT");
        }
        Optional<MentorAssignment> current = assignments.findCurrentByEct(ectId);
        if (current.isPresent() && current.get().getMentor().getId().equals(mentorId)) {
            return false;
        }
        current.ifPresent(assignment -> {
            assignment.end(from);
            assignments.flush(); // the one-current-mentor index must see the old row ended first
        });
        assignments.save(new MentorAssignment(mentor, ect, from));
        return true;
    }

    public List<Person> currentMentees(long mentorId) {
        return assignments.findCurrentByMentor(mentorId).stream()
                .map(a -> a.getEct().toPerson())
                .toList();
    }

    /** The people with these ids, by id, in one query; ids of no one are absent. */
    public Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllWithRoles(ids).stream()
                .map(AppUser::toPerson)
                .collect(Collectors.toMap(Person::id, p -> p));
    }

    public Optional<Person> currentMentor(long ectId) {
        return assignments.findCurrentByEct(ectId).map(a -> a.getMentor().toPerson());
    }

    /** ECTs with no current mentor: how many, and the first {@code limit} of them by name. */
    public record Unmentored(long count, List<Person> first) {}

    public Unmentored ectsWithoutMentor(int limit) {
        long count = users.countEnabledEctsWithoutMentor();
        List<Person> first =
                users.findEnabledEctsWithoutMentor(org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                        .map(u -> new Person(u.getId(), u.getEmail(), u.getDisplayName(), Set.of(Role.ECT)))
                        .toList();
        return new Unmentored(count, first);
    }

    public Map<Role, Long> countEnabledByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        for (Object[] row : users.countEnabledByRole()) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }
}
