package uk.ectinduction.web;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because this client, or many clients, recently failed too often with this email address. */
class ThrottledSignInException extends AuthenticationException {
    ThrottledSignInException() {
        super("Too many failed sign-in attempts");
    }
}
