package uk.ectinduction.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ectinduction.people.internal.AccountException;

/**
 * A person's email address, name and roles, and the one set of rules they must meet, whichever way they arrive:
 * the admin's form, a CSV upload or the console. Values are trimmed on the way in.
 */
public record PersonDetails(String email, String displayName, Set<Role> roles) {

    static final int MAX_EMAIL = 320;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Which of the three a problem is about, so each channel can point at its own field or column. */
    public enum Part {
        EMAIL,
        NAME,
        ROLES
    }

    public record Problem(Part part, String message) {}

    public PersonDetails {
        email = email == null ? "" : email.trim();
        displayName = displayName == null ? "" : displayName.trim();
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Every rule broken, at most one for each part, in the order email, name, roles. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (email.isEmpty()) {
            problems.add(new Problem(Part.EMAIL, "Enter an email address"));
        } else if (email.length() > MAX_EMAIL) {
            problems.add(new Problem(Part.EMAIL, "Email address must be " + MAX_EMAIL + " characters or fewer"));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new Problem(
                    Part.EMAIL, "'" + email + "' is not an email address: use the format " + "name@school.org"));
        }
        if (displayName.isEmpty()) {
            problems.add(new Problem(Part.NAME, "Enter a name"));
        } else if (displayName.length() > MAX_NAME) {
            problems.add(new Problem(Part.NAME, "Name must be " + MAX_NAME + " characters or fewer"));
        }
        if (roles.isEmpty()) {
            problems.add(new Problem(Part.ROLES, "Select at least one role"));
        }
        return problems;
    }

    /** For callers that have already shown the problems to a person: refuses details that slipped through. */
    void check() {
        problems().stream().findFirst().ifPresent(problem -> {
            throw new AccountException(problem.message());
        });
    }
}
