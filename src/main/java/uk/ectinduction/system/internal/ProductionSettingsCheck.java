package uk.ectinduction.system.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without an external database, naming what is missing,
 * rather than failing later with a connection error that hides the cause. The web application also needs
 * the address people use ({@code APP_BASE_URL}) for the links it hands out; the command-line tools make no
 * links, so they do without.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

    private static final List<String[]> REQUIRED = List.of(
            new String[] {"spring.datasource.url", "SPRING_DATASOURCE_URL"},
            new String[] {"spring.datasource.username", "SPRING_DATASOURCE_USERNAME"},
            new String[] {"spring.datasource.password", "SPRING_DATASOURCE_PASSWORD"});

    private static final String[] BASE_URL = {"app.base-url", "APP_BASE_URL"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String[] setting : REQUIRED) {
            String value = environment.getProperty(setting[0]);
            // An empty password is allowed (a server that trusts local connections); an unset one is not.
            boolean absent = setting[0].endsWith("password") ? value == null : value == null || value.isBlank();
            if (absent) {
                missing.add(setting[1]);
            }
        }
        boolean web = application.getWebApplicationType() != WebApplicationType.NONE;
        if (web && environment.getProperty(BASE_URL[0], "").isBlank()) {
            missing.add(BASE_URL[1]);
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException("The prod profile needs an external PostgreSQL"
                    + (web ? " and the address people use" : "") + "; set " + String.join(", ", missing));
        }
    }

    static final class MissingSettingsException extends IllegalStateException {
        MissingSettingsException(String message) {
            super(message);
        }
    }
}
