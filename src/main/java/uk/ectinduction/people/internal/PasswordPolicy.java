package uk.ectinduction.people.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Long passwords rather than composition rules, as the NCSC advises, and none from a list of common passwords:
 * length alone lets through "password1234", the first thing an attacker tries.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    // BCrypt reads at most 72 bytes; a longer password would be silently truncated.
    private static final int MAX_BYTES = 72;
    private static final String COMMON_LIST = "/people/common-passwords.txt";

    private PasswordPolicy() {}

    /** Returns what is wrong with the password, if anything. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        if (Common.PASSWORDS.contains(normalised(password))) {
            return Optional.of("Password is too easy to guess: it is in a list of common passwords");
        }
        return Optional.empty();
    }

    /** Case and spaces do not make a common password harder to guess. */
    private static String normalised(String password) {
        return password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** Read once, on the first password checked. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_LIST + " is missing");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(PasswordPolicy::normalised)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
