package uk.ectinduction.system.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.ectinduction.system.UploadLimits;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadLimits.class)
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Hashes carry their algorithm ({bcrypt}…), so a stronger one can be adopted without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
