package uk.ectinduction.people.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A new password: the policy's rules, and typed the same twice. The current password is the throttle's to check. */
class PasswordFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return PasswordForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ((PasswordForm) target).checkNewPassword(errors);
    }
}
