package uk.ectinduction.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import uk.ectinduction.EctInductionApplication;

/**
 * One more instance of the whole web application in this JVM, on a port of its own: another app node, as behind a
 * load balancer. It loads no demo data (the run's first node did, or the test makes what it needs).
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A node on the run's database (TestDatabaseConfiguration). */
    public static AppNode start(String... properties) {
        return start(null, properties);
    }

    /** A node on the database {@code database} names, or on the run's database when it is null. */
    public static AppNode start(JdbcConnectionDetails database, String... properties) {
        // As command-line arguments, so that they win over the application's own properties files.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--app.demo.enabled=false"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        SpringApplicationBuilder node = new SpringApplicationBuilder(
                        EctInductionApplication.class, TestDatabaseConfiguration.class)
                .profiles("test");
        if (database != null) {
            // Ahead of the run's database, which TestDatabaseConfiguration also offers.
            node.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean(
                            "nodeDatabase",
                            JdbcConnectionDetails.class,
                            () -> database,
                            definition -> definition.setPrimary(true)));
        }
        return new AppNode(node.run(arguments.toArray(String[]::new)));
    }

    public String base() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
