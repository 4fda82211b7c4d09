package uk.ectinduction.web;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because the account has had too many failed attempts recently. */
class ThrottledSignInException extends AuthenticationException {
    ThrottledSignInException() {
        super("Too many failed sign-in attempts");
    }
}
