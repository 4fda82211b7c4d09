package uk.ectinduction.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * The static files: the app's own stylesheet and scripts, and GOV.UK Frontend's from its webjar, whose stylesheet asks
 * for its fonts and images at {@code /assets/}. These four paths are the only resource handlers (Boot's own, on
 * {@code /**}, are switched off): the filter that versions links in pages asks the handlers about every link, and a
 * catch-all handler turned each link to a page into a fruitless search of the jar (docs/performance.md).
 *
 * <p>Each chain finds a file once and remembers it. Pages link to a file by a hash of its content
 * ({@code /css/app-<md5>.css}), and stylesheets' own links to fonts and images are rewritten the same way, so a
 * versioned address always means the same bytes and browsers keep it for a year ({@link VersionedFiles}). The plain
 * address still works but is checked again each time ({@code no-cache}): scripts import each other by it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaticFiles implements WebMvcConfigurer {

    static final String[] PATHS = {"/css/**", "/js/**", "/webjars/**", "/assets/**"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String frontend = "classpath:/META-INF/resources/webjars/govuk-frontend/"
                + new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/assets/";
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/js/**", "classpath:/static/js/");
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
        serve(registry, "/assets/**", frontend);
    }

    /**
     * Resolvers: the cache, then the content-hash versions, then (added by Spring) the webjar versions and the files
     * themselves. Transformers, outermost first: the versioned address's Cache-Control, which depends on the address
     * asked for and so must not be cached with the file; the cache of transformed files; the stylesheet link rewriter.
     */
    private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        Cache cache = new ConcurrentMapCache("static " + pattern);
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new CachingResourceResolver(cache))
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new VersionedFiles())
                .addTransformer(new CachingResourceTransformer(cache))
                .addTransformer(new CssLinkResourceTransformer());
    }

    /**
     * Static files are the same for everyone, signed in or not: no session is read or made for them, and Spring
     * Security leaves their Cache-Control to the chains above. Its default, {@code no-store}, stays on every page, where
     * personal data is. The other headers are the pages' own.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain staticFilesSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> SecurityConfiguration.commonHeaders(headers)
                        .cacheControl(cacheControl -> cacheControl.disable()))
                .build();
    }
}
