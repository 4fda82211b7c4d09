package uk.ectinduction.web;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import uk.ectinduction.people.SignedInUser;

/**
 * Sessions are kept in PostgreSQL by Spring Session (any app node serves any signed-in person), indexed by the
 * signed-in person's id rather than their email: an account change names the id, and an email can change while
 * its owner is signed in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionStoreConfiguration {

    /** The session's principal-name index holds the person's id. */
    @Bean
    IndexResolver<Session> signedInPersonIndex() {
        return session -> {
            String id = signedInPersonId(session.getAttribute("SPRING_SECURITY_CONTEXT"));
            return id == null ? Map.of() : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, id);
        };
    }

    /** Spring Security's view of the stored sessions, looking a principal up by the same id. */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions) {
            @Override
            protected String name(Object principal) {
                return principal instanceof SignedInUser user ? personId(user) : super.name(principal);
            }
        };
    }

    static String personId(SignedInUser user) {
        return Long.toString(user.id());
    }

    private static String signedInPersonId(Object securityContext) {
        if (securityContext instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            return personId(user);
        }
        return null;
    }
}
