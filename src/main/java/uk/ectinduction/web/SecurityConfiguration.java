package uk.ectinduction.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignInThrottle;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for command-line tools
class SecurityConfiguration {

    /** Everything from this origin only, no inline script or style, never framed. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String SIGN_IN_EMAIL = LoginController.class.getName() + ".email";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SessionRegistry sessionRegistry,
            @Value("${app.session.lifetime}") Duration sessionLifetime,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/error",
                                "/favicon.ico",
                                "/actuator/health",
                                "/account/password-link/**",
                                "/calendar/*.ics")
                        .permitAll()
                        .requestMatchers(Role.ADMIN.homePath(), Role.ADMIN.homePath() + "/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(Role.INDUCTION_TUTOR.homePath(), Role.INDUCTION_TUTOR.homePath() + "/**")
                        .hasRole(Role.INDUCTION_TUTOR.name())
                        .requestMatchers(Role.MENTOR.homePath(), Role.MENTOR.homePath() + "/**")
                        .hasRole(Role.MENTOR.name())
                        .requestMatchers(Role.ECT.homePath(), Role.ECT.homePath() + "/**")
                        .hasRole(Role.ECT.name())
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // Unlimited sessions, each checked against the shared store, where a change to the account ends
                        // them.
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login"))
                .addFilterAfter(new SessionLifetimeFilter(sessionLifetime, clock), ConcurrentSessionFilter.class)
                .headers(SecurityConfiguration::commonHeaders);
        return http.build();
    }

    /** The headers on every response, pages and static files ({@link StaticFiles}) alike. */
    static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    @Bean
    AuthenticationManager authenticationManager(
            AppUserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
    }

    /** Back to the sign-in page saying why, keeping the email address that was typed. */
    private static AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            request.getSession().setAttribute(SIGN_IN_EMAIL, request.getParameter("username"));
            String reason = exception instanceof ThrottledSignInException ? "throttled" : "invalid";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
