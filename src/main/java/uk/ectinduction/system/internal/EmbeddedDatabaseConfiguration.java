package uk.ectinduction.system.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started by the app, its data under {@code APP_DATA_DIR}.
 * Switched off by the {@code prod} profile, which names an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "app.database.embedded")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "ect_induction";

    @Bean(destroyMethod = "close")
    LocalPostgres localPostgres(@Value("${app.data-dir}") Path dataDir) {
        LocalPostgres postgres = LocalPostgres.start(dataDir);
        postgres.createDatabaseIfMissing(DATABASE);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(LocalPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return postgres.username();
            }

            @Override
            public String getPassword() {
                return postgres.password();
            }

            @Override
            public String getJdbcUrl() {
                return postgres.jdbcUrl(DATABASE);
            }
        };
    }
}
