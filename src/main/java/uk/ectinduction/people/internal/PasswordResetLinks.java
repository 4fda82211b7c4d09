package uk.ectinduction.people.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.AccountMail;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignInThrottle;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.system.ServiceAddress;

/**
 * Links that let a person set their password: issued by an admin, single use, valid for 24 hours.
 * The token appears only in the link; the database keeps its SHA-256.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetLinks {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The link, at the service's configured address. */
    public record IssuedLink(URI address, Instant expiresAt) {}

    private final PasswordResetLinkRepository links;
    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final SignInThrottle throttle;
    private final AccountMail mail;
    private final ServiceAddress serviceAddress;
    private final Clock clock;

    public PasswordResetLinks(
            PasswordResetLinkRepository links,
            AppUserRepository users,
            UserAccounts accounts,
            SignInThrottle throttle,
            AccountMail mail,
            ServiceAddress serviceAddress,
            Clock clock) {
        this.links = links;
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
        this.mail = mail;
        this.serviceAddress = serviceAddress;
        this.clock = clock;
    }

    @Transactional
    public IssuedLink issue(long userId, long issuedBy) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("no such user"));
        Instant now = clock.instant();
        links.retireUnused(userId, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(VALID_FOR);
        links.save(new PasswordResetLink(user, hash(token), issuedBy, now, expiresAt));
        IssuedLink issued = new IssuedLink(serviceAddress.resolve("/account/password-link/" + token), expiresAt);
        mail.sendPasswordLink(user.toPerson(), issued.address(), expiresAt);
        return issued;
    }

    /** Whom the link is for, if it can still be used. */
    public Optional<Person> holder(String token) {
        return links.findByTokenHash(hash(token))
                .filter(l -> l.usableAt(clock.instant()))
                .map(l -> l.getUser().toPerson());
    }

    /** Sets the password and spends the link; a used, expired or unknown link changes nothing. */
    @Transactional
    public void setPassword(String token, String newPassword) {
        PasswordResetLink link = links.findByTokenHash(hash(token))
                .filter(l -> l.usableAt(clock.instant()))
                .orElseThrow(() -> new AccountException("This link has expired or has already been used"));
        accounts.changePassword(link.getUser().getId(), newPassword);
        link.use(clock.instant());
        throttle.forget(link.getUser().getEmail());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
