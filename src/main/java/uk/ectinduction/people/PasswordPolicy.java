package uk.ectinduction.people;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Long passwords rather than composition rules, as the NCSC advises. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    // BCrypt reads at most 72 bytes; a longer password would be silently truncated.
    private static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Returns what is wrong with the password, if anything. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        return Optional.empty();
    }
}
