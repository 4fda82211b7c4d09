package uk.ectinduction.people;

import java.io.IOException;
import java.io.Reader;
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

/**
 * Bulk upload of people from a spreadsheet saved as CSV, with the columns
 * {@code email, name, roles, mentor email, cohort}. Every row is checked before anything is
 * written: one bad row and nothing is imported. Uploading the same file again changes nothing.
 */
@Service
class UserCsvUpload {

    static final List<String> COLUMNS = List.of("email", "name", "roles", "mentor email", "cohort");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;,|]|\\s+");

    /** A problem with one cell: row as a spreadsheet numbers it (the header is row 1). */
    record RowError(long row, String column, String message) {
    }

    record Result(int created, int updated, int unchanged, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private record Row(long number, String email, String name, Set<Role> roles, String mentorEmail, String cohort) {
        String key() {
            return email.toLowerCase(Locale.ROOT);
        }
    }

    private final AppUserRepository users;
    private final UserAdministration administration;
    private final Cohorts cohorts;

    UserCsvUpload(AppUserRepository users, UserAdministration administration, Cohorts cohorts) {
        this.users = users;
        this.administration = administration;
        this.cohorts = cohorts;
    }

    @Transactional
    Result upload(Reader csv) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(csv, errors);
        if (rows.isEmpty()) {
            return new Result(0, 0, 0, errors);
        }
        Map<String, AppUser> existing = users.findAllByLowerEmailIn(rows.stream().map(Row::key).toList()).stream()
                .collect(Collectors.toMap(u -> u.getEmail().toLowerCase(Locale.ROOT), Function.identity()));
        Map<String, Cohort> cohortsByName = cohorts.byLowerName();
        check(rows, existing, cohortsByName, errors);
        if (!errors.isEmpty()) {
            return new Result(0, 0, 0, errors);
        }
        return apply(rows, existing, cohortsByName);
    }

    private List<Row> parse(Reader csv, List<RowError> errors) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new RowError(1, String.join(", ", missing),
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
        return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    }

    private static Row readRow(long number, CSVRecord record, List<RowError> errors) {
        String email = cell(record, "email");
        String name = cell(record, "name");
        String rolesText = cell(record, "roles");
        if (email.isEmpty()) {
            errors.add(new RowError(number, "email", "Enter an email address"));
        } else if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            errors.add(new RowError(number, "email", "'" + email + "' is not an email address"));
        }
        if (name.isEmpty()) {
            errors.add(new RowError(number, "name", "Enter a name"));
        } else if (name.length() > 200) {
            errors.add(new RowError(number, "name", "Name must be 200 characters or fewer"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : ROLE_SEPARATOR.split(rolesText)) {
            if (!part.isBlank()) {
                Optional<Role> role = Role.parse(part);
                role.ifPresentOrElse(roles::add, () -> errors.add(new RowError(number, "roles",
                        "Unknown role '" + part + "': use ADMIN, INDUCTION_TUTOR, MENTOR or ECT")));
            }
        }
        if (rolesText.isBlank()) {
            errors.add(new RowError(number, "roles", "Enter at least one role"));
        }
        return new Row(number, email, name, roles, cell(record, "mentor email"), cell(record, "cohort"));
    }

    private void check(List<Row> rows, Map<String, AppUser> existing, Map<String, Cohort> cohortsByName,
            List<RowError> errors) {
        Map<String, Row> inFile = new HashMap<>();
        for (Row row : rows) {
            Row earlier = inFile.putIfAbsent(row.key(), row);
            if (earlier != null) {
                errors.add(new RowError(row.number(), "email",
                        row.email() + " is also on row " + earlier.number()));
            }
        }
        Map<String, AppUser> mentorsOutsideFile = users.findAllByLowerEmailIn(rows.stream()
                        .map(r -> r.mentorEmail().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                        .filter(e -> !inFile.containsKey(e)).collect(Collectors.toSet())).stream()
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
                                .map(u -> u.getRoles().contains(Role.MENTOR) && u.isEnabled()).orElse(false);
                if (!row.roles().contains(Role.ECT)) {
                    errors.add(new RowError(row.number(), "mentor email", "Only ECTs have a mentor"));
                } else if (mentorKey.equals(row.key())) {
                    errors.add(new RowError(row.number(), "mentor email", "An ECT cannot mentor themselves"));
                } else if (!mentorIsMentor) {
                    errors.add(new RowError(row.number(), "mentor email", row.mentorEmail()
                            + " is not a mentor here or in this file"));
                }
            }
            if (!row.cohort().isEmpty()) {
                if (!cohortsByName.containsKey(row.cohort().toLowerCase(Locale.ROOT))) {
                    errors.add(new RowError(row.number(), "cohort", "There is no cohort called " + row.cohort()
                            + ": add it on the Cohorts page first"));
                } else if (!row.roles().contains(Role.ECT) && !row.roles().contains(Role.INDUCTION_TUTOR)) {
                    errors.add(new RowError(row.number(), "cohort", "Only ECTs and induction tutors join a cohort"));
                }
            }
        }
        errors.sort(java.util.Comparator.comparingLong(RowError::row));
    }

    private Result apply(List<Row> rows, Map<String, AppUser> existing, Map<String, Cohort> cohortsByName) {
        int created = 0;
        int updated = 0;
        Map<String, AppUser> byKey = new HashMap<>(existing);
        Set<String> changed = new HashSet<>();
        for (Row row : rows) {
            AppUser user = byKey.get(row.key());
            if (user == null) {
                user = users.save(new AppUser(row.email(), row.name(), null, row.roles()));
                byKey.put(row.key(), user);
                created++;
            } else if (!user.getDisplayName().equals(row.name()) || !user.getRoles().equals(row.roles())
                    || !user.getEmail().equals(row.email())) {
                administration.change(user, row.email(), row.name(), row.roles());
                changed.add(row.key());
            }
        }
        users.flush();
        for (Row row : rows) {
            AppUser user = byKey.get(row.key());
            boolean isNew = !existing.containsKey(row.key());
            if (!row.mentorEmail().isEmpty()) {
                AppUser mentor = Optional.ofNullable(byKey.get(row.mentorEmail().toLowerCase(Locale.ROOT)))
                        .orElseGet(() -> users.findByEmailIgnoreCase(row.mentorEmail()).orElseThrow());
                boolean same = administration.currentMentorId(user.getId()).filter(id -> id.equals(mentor.getId()))
                        .isPresent();
                if (!same) {
                    administration.assignMentor(user.getId(), mentor.getId());
                    changed.add(row.key());
                }
            }
            if (!row.cohort().isEmpty()) {
                Cohort cohort = cohortsByName.get(row.cohort().toLowerCase(Locale.ROOT));
                boolean moved = row.roles().contains(Role.ECT)
                        ? cohorts.enrol(user.getId(), cohort.getId())
                        : cohort.getTutors().add(user);
                if (moved) {
                    changed.add(row.key());
                }
            }
            if (isNew) {
                changed.remove(row.key());
            }
        }
        updated = changed.size();
        return new Result(created, updated, rows.size() - created - updated, List.of());
    }
}
