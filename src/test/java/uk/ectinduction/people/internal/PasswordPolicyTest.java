package uk.ectinduction.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final String COMMON = "Password is too easy to guess: it is in a list of common passwords";

    @Test
    void aCommonPasswordIsRefusedWhateverItsCaseOrSpacesAndALongUncommonOneIsNot() {
        assertThat(PasswordPolicy.problemWith("password1234")).contains(COMMON);
        assertThat(PasswordPolicy.problemWith("Liverpool2024!")).contains(COMMON);
        assertThat(PasswordPolicy.problemWith("QWERTYUIOP123")).contains(COMMON);
        assertThat(PasswordPolicy.problemWith("pass word 1234")).contains(COMMON);
        assertThat(PasswordPolicy.problemWith("1qaz2wsx3edc")).contains(COMMON);
        assertThat(PasswordPolicy.problemWith("123456789012")).contains(COMMON);

        assertThat(PasswordPolicy.problemWith("a brand new password")).isEmpty();
        assertThat(PasswordPolicy.problemWith("kettle under the stairs")).isEmpty();
        assertThat(PasswordPolicy.problemWith("password")).contains("Password must be at least 12 characters");
    }
}
