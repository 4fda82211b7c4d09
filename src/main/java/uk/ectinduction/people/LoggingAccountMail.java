package uk.ectinduction.people;

import java.net.URI;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link AccountMail}: sends nothing and notes that a link was issued, without the link itself. */
@Configuration(proxyBeanMethods = false)
class LoggingAccountMail {

    private static final Logger log = LoggerFactory.getLogger(LoggingAccountMail.class);

    @Bean
    @ConditionalOnMissingBean(AccountMail.class)
    AccountMail accountMail() {
        // The link is a credential: it is shown to the admin once and never written to logs.
        return (Person to, URI link, Instant expiresAt) -> log.info(
                "Password link issued for {} (expires {}); no mail sender is configured, so the admin passes it on",
                to.email(),
                expiresAt);
    }
}
