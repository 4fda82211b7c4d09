package uk.ectinduction.system.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into Boot's short "APPLICATION FAILED TO START" report. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsCheck.MissingSettingsException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsCheck.MissingSettingsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set the variables named above: SPRING_DATASOURCE_* to your PostgreSQL server, APP_BASE_URL to "
                        + "the address people use (e.g. https://induction.school.example); or run without the prod "
                        + "profile to use the embedded database.",
                cause);
    }
}
