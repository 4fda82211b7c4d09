package uk.ectinduction.people;

import java.util.Arrays;
import java.util.Optional;

/** What a person does in the programme; one person may hold several. */
public enum Role {
    ADMIN("Programme admin", "/admin"),
    INDUCTION_TUTOR("Induction tutor", "/tutor"),
    MENTOR("Mentor", "/mentor"),
    ECT("Early career teacher", "/ect");

    private final String label;
    private final String homePath;

    Role(String label, String homePath) {
        this.label = label;
        this.homePath = homePath;
    }

    public String label() {
        return label;
    }

    /** Where this role's home page lives; also the prefix of the role's own pages. */
    public String homePath() {
        return homePath;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        String wanted =
                text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
