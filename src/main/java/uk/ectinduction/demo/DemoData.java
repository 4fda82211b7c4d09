package uk.ectinduction.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The one start-up step of the demo: the accounts (people), then the programmes (content), then the cohort, which
 * needs both, then its training session (training), then the banner. One runner calling each in turn states that order in code, where separate runners
 * in separate modules would each have had to know the others' {@code @Order}.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class DemoData implements ApplicationRunner {

    private final DemoAccounts accounts;
    private final DemoContent content;
    private final DemoCohort cohort;
    private final DemoSession session;
    private final StartupBanner banner;

    DemoData(DemoAccounts accounts, DemoContent content, DemoCohort cohort, DemoSession session, StartupBanner banner) {
        this.accounts = accounts;
        this.content = content;
        this.cohort = cohort;
        this.session = session;
        this.banner = banner;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.load();
        content.load();
        session.load(cohort.load());
        banner.announce();
    }
}
