package uk.ectinduction.system.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

    static MockEnvironment prodWithDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/ect_induction")
                .withProperty("spring.datasource.username", "ect_induction")
                .withProperty("spring.datasource.password", "secret")
                // as application-prod.properties has it when APP_BASE_URL is not set
                .withProperty("app.base-url", "");
        environment.setActiveProfiles("prod");
        return environment;
    }

    static SpringApplication application(WebApplicationType type) {
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        return application;
    }

    @Test
    void theWebApplicationUnderProdNeedsTheAddressPeopleUse() {
        assertThatThrownBy(() -> new ProductionSettingsCheck()
                        .postProcessEnvironment(prodWithDatabase(), application(WebApplicationType.SERVLET)))
                .isInstanceOf(ProductionSettingsCheck.MissingSettingsException.class)
                .hasMessageEndingWith("; set APP_BASE_URL");

        MockEnvironment withAddress =
                prodWithDatabase().withProperty("app.base-url", "https://induction.school.example");
        assertThatCode(() -> new ProductionSettingsCheck()
                        .postProcessEnvironment(withAddress, application(WebApplicationType.SERVLET)))
                .doesNotThrowAnyException();
    }

    @Test
    void commandLineToolsMakeNoLinksSoDoWithoutIt() {
        assertThatCode(() -> new ProductionSettingsCheck()
                        .postProcessEnvironment(prodWithDatabase(), application(WebApplicationType.NONE)))
                .doesNotThrowAnyException();
    }
}
