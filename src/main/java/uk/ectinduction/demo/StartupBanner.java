package uk.ectinduction.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Tells a newcomer where the app is and how to sign in, once the demo data is in. */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class StartupBanner {

    private final DemoAccounts demo;
    private final ApplicationContext context;

    StartupBanner(DemoAccounts demo, ApplicationContext context) {
        this.demo = demo;
        this.context = context;
    }

    /** Prints the banner when a real server is listening (a test's mock web environment has none). */
    void announce() {
        if (!(context instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n")
                .append("==================================================================\n")
                .append(" ECT Induction is ready at http://localhost:")
                .append(web.getWebServer().getPort())
                .append("\n\n")
                .append(" Demo accounts:\n");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            banner.append(String.format(
                    "   %-22s %s%n",
                    account.email(), account.roles().iterator().next().label()));
        }
        banner.append("\n Password: ")
                .append(demo.generatedPassword().orElse("the value of APP_DEMO_PASSWORD"))
                .append("\n")
                .append("==================================================================\n");
        System.out.println(banner);
    }
}
