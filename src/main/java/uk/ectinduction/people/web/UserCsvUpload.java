package uk.ectinduction.people.web;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.CohortSummary;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.PersonDetails;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.people.internal.AppUser;
import uk.ectinduction.people.internal.AppUserRepository;

/**
 * Bulk upload of people from a spreadsheet saved as CSV, with the columns
 * {@code email, name, roles, mentor email, cohort}. Every row is checked before anything is
 * written: one bad row and nothing is imported. Uploading the same file again changes nothing.
 */
@Service
class UserCsvUpload {

    static final List<String> COLUMNS = List.of("email", "name", "roles", "mentor email", "cohort");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;,|]|\\s+");

    /** A problem with one cell: row as a spreadsheet numbers it (the header is row 1). */
    record RowError(long row, String column, String message) {}

    record Result(int created, int updated, int unchanged, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private record Row(long number, PersonDetails details, String mentorEmail, String cohort) {
        String email() {
            return details.email();
        }

        Set<Role> roles() {
            return details.roles();
        }

        String key() {
            return details.email().toLowerCase(Locale.ROOT);
        }
    }

    private static final Map<PersonDetails.Part, String> COLUMN_OF = Map.of(
            PersonDetails.Part.EMAIL, "email", PersonDetails.Part.NAME, "name", PersonDetails.Part.ROLES, "roles");

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final Cohorts cohorts;
    private final Clock clock;

    UserCsvUpload(AppUserRepository users, UserAccounts accounts, Cohorts cohorts, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Transactional
    Result upload(Reader csv) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(csv, errors);
        if (rows.isEmpty()) {
            return new Result(0, 0, 0, errors);
        }
        Map<String, AppUser> existing = users
                .findAllByLowerEmailIn(rows.stream().map(Row::key).toList())
                .stream()
                .collect(Collectors.toMap(u -> u.getEmail().toLowerCase(Locale.ROOT), Function.identity()));
        Map<String, Long> cohortsByName = cohorts.all().stream()
                .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), CohortSummary::id));
        check(rows, existing, cohortsByName, errors);
        if (!errors.isEmpty()) {
            return new Result(0, 0, 0, errors);
        }
        return apply(rows, existing, cohortsByName);
    }

    private List<Row> parse(Reader csv, List<RowError> errors) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new RowError(
                        1,
                        String.join(", ", missing),
                        "The first row must name the columns " + String.join(", ", COLUMNS)));
                return rows;
            }
            for (CSVRecord record : parser) {
                long number = record.getRecordNumber() + 1;
                rows.add(readRow(number, record, errors));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new RowError(0, "", "The file could not be read as CSV: " + e.getMessage()));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "email", "The file has no people in it"));
        }
        return rows;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).trim()
                : "";
    }

    private static Row readRow(long number, CSVRecord record, List<RowError> errors) {
        String rolesText = cell(record, "roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean unknownRole = false;
        for (String part : ROLE_SEPARATOR.split(rolesText)) {
            if (!part.isBlank()) {
                Optional<Role> role = Role.parse(part);
                role.ifPresentOrElse(
                        roles::add,
                        () -> errors.add(new RowError(
                                number,
                                "roles",
                                "Unknown role '" + part + "': use ADMIN, INDUCTION_TUTOR, MENTOR or ECT")));
                unknownRole |= role.isEmpty();
            }
        }
        PersonDetails details = new PersonDetails(cell(record, "email"), cell(record, "name"), roles);
        for (PersonDetails.Problem problem : details.problems()) {
            // a roles cell of only unknown roles is already reported, role by role
            if (problem.part() != PersonDetails.Part.ROLES || !unknownRole) {
                errors.add(new RowError(number, COLUMN_OF.get(problem.part()), problem.message()));
            }
        }
        return new Row(number, details, cell(record, "mentor email"), cell(record, "cohort"));
    }

    private void check(
            List<Row> rows, Map<String, AppUser> existing, Map<String, Long> cohortsByName, List<RowError> errors) {
        Map<String, Row> inFile = new HashMap<>();
        for (Row row : rows) {
            Row earlier = inFile.putIfAbsent(row.key(), row);
            if (earlier != null) {
                errors.add(new RowError(row.number(), "email", row.email() + " is also on row " + earlier.number()));
            }
        }
        Map<String, AppUser> mentorsOutsideFile = users
                .findAllByLowerEmailIn(rows.stream()
                        .map(r -> r.mentorEmail().toLowerCase(Locale.ROOT))
                        .filter(e -> !e.isEmpty())
                        .filter(e -> !inFile.containsKey(e))
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(u -> u.getEmail().toLowerCase(Locale.ROOT), Function.identity()));
        for (Row row : rows) {
            if (row.roles().isEmpty()) {
                continue; // its roles cell is already reported; what depends on roles cannot be judged
            }
            if (!row.mentorEmail().isEmpty()) {
                String mentorKey = row.mentorEmail().toLowerCase(Locale.ROOT);
                boolean mentorIsMentor = inFile.containsKey(mentorKey)
                        ? inFile.get(mentorKey).roles().contains(Role.MENTOR)
                        : Optional.ofNullable(mentorsOutsideFile.get(mentorKey))
                                .map(u -> u.getRoles().contains(Role.MENTOR) && u.isEnabled())
                                .orElse(false);
                if (!row.roles().contains(Role.ECT)) {
                    errors.add(new RowError(row.number(), "mentor email", "Only ECTs have a mentor"));
                } else if (mentorKey.equals(row.key())) {
                    errors.add(new RowError(row.number(), "mentor email", "An ECT cannot mentor themselves"));
                } else if (!mentorIsMentor) {
                    errors.add(new RowError(
                            row.number(), "mentor email", row.mentorEmail() + " is not a mentor here or in this file"));
                }
            }
            if (!row.cohort().isEmpty()) {
                if (!cohortsByName.containsKey(row.cohort().toLowerCase(Locale.ROOT))) {
                    errors.add(new RowError(
                            row.number(),
                            "cohort",
                            "There is no cohort called " + row.cohort() + ": add it on the Cohorts page first"));
                } else if (!row.roles().contains(Role.ECT) && !row.roles().contains(Role.INDUCTION_TUTOR)) {
                    errors.add(new RowError(row.number(), "cohort", "Only ECTs and induction tutors join a cohort"));
                }
            }
        }
        errors.sort(java.util.Comparator.comparingLong(RowError::row));
    }

    /** Writes the checked rows through {@link UserAccounts} and {@link Cohorts}, counting what changed. */
    private Result apply(List<Row> rows, Map<String, AppUser> existing, Map<String, Long> cohortsByName) {
        int created = 0;
        Map<String, Long> idByKey = new HashMap<>();
        existing.forEach((key, user) -> idByKey.put(key, user.getId()));
        Set<String> changed = new HashSet<>();
        for (Row row : rows) {
            Long id = idByKey.get(row.key());
            if (id == null) {
                idByKey.put(row.key(), accounts.create(row.details()).id());
                created++;
            } else if (accounts.change(id, row.details())) {
                changed.add(row.key());
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (Row row : rows) {
            long id = idByKey.get(row.key());
            if (!row.mentorEmail().isEmpty()) {
                long mentorId = Optional.ofNullable(
                                idByKey.get(row.mentorEmail().toLowerCase(Locale.ROOT)))
                        .orElseGet(() -> accounts.findByEmail(row.mentorEmail())
                                .orElseThrow()
                                .id());
                if (accounts.assignMentor(mentorId, id, today)) {
                    changed.add(row.key());
                }
            }
            if (!row.cohort().isEmpty()) {
                long cohortId = cohortsByName.get(row.cohort().toLowerCase(Locale.ROOT));
                boolean moved =
                        row.roles().contains(Role.ECT) ? cohorts.enrol(id, cohortId) : cohorts.addTutor(id, cohortId);
                if (moved) {
                    changed.add(row.key());
                }
            }
            if (!existing.containsKey(row.key())) {
                changed.remove(row.key());
            }
        }
        int updated = changed.size();
        return new Result(created, updated, rows.size() - created - updated, List.of());
    }
}
