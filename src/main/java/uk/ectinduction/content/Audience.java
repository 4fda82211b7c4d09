package uk.ectinduction.content;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.ectinduction.people.Role;

/** Whom a page is written for. Module and programme pages are for {@link #ALL}. */
public enum Audience {
    ECT("ECTs"),
    MENTOR("Mentors"),
    INDUCTION_TUTOR("Induction tutors"),
    ALL("Everyone");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The audiences whose pages a person with these roles may read: ECT pages for anyone in the
     * programme, mentor pages for mentors, tutor pages for tutors, and everything for admins.
     */
    public static Set<Audience> visibleTo(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return EnumSet.allOf(Audience.class);
        }
        Set<Audience> visible = EnumSet.of(ALL);
        if (!roles.isEmpty()) {
            visible.add(ECT);
        }
        if (roles.contains(Role.MENTOR)) {
            visible.add(MENTOR);
        }
        if (roles.contains(Role.INDUCTION_TUTOR)) {
            visible.add(INDUCTION_TUTOR);
        }
        return visible;
    }

    /** Reads an audience as a provider might write it in front matter ("mentor", "induction tutor"). */
    public static Optional<Audience> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.contains("tutor")) {
            return Optional.of(INDUCTION_TUTOR);
        }
        if (t.contains("mentor")) {
            return Optional.of(MENTOR);
        }
        if (t.startsWith("ect") || t.contains("early career")) {
            return Optional.of(ECT);
        }
        if (t.equals("all") || t.equals("everyone")) {
            return Optional.of(ALL);
        }
        return Optional.empty();
    }
}
