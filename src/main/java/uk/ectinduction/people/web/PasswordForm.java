package uk.ectinduction.people.web;

import uk.ectinduction.people.internal.PasswordPolicy;

/** A new password typed twice, and (when changing one's own) the current password. */
class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    /** Rejects a new password that breaks the policy or does not match its confirmation. */
    void checkNewPassword(org.springframework.validation.Errors errors) {
        PasswordPolicy.problemWith(newPassword).ifPresent(p -> errors.rejectValue("newPassword", "policy", p));
        if (!errors.hasFieldErrors("newPassword") && !newPassword.equals(confirmPassword)) {
            errors.rejectValue("confirmPassword", "mismatch", "The passwords do not match");
        }
    }
}
