package uk.ectinduction.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Points Spring at {@link TestPostgres}: a container with Docker, the embedded server without. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    // The container outlives any one context (it is shared by the run), so Spring must not stop it.
    @Bean(destroyMethod = "")
    @ServiceConnection
    @Conditional(DockerAnswers.class)
    PostgreSQLContainer postgresContainer() {
        return TestPostgres.container();
    }

    @Bean
    @Conditional(NoDocker.class)
    JdbcConnectionDetails embeddedPostgres() {
        TestPostgres.Connection connection = TestPostgres.embedded();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return connection.username();
            }

            @Override
            public String getPassword() {
                return connection.password();
            }

            @Override
            public String getJdbcUrl() {
                return connection.jdbcUrl();
            }
        };
    }

    static class DockerAnswers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestPostgres.dockerAvailable();
        }
    }

    static class NoDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !TestPostgres.dockerAvailable();
        }
    }
}
