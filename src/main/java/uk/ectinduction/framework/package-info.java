/**
 * The Teachers' Standards and the Early Career Framework's statements: reference data loaded by migration, looked
 * up by code or wording through {@link uk.ectinduction.framework.FrameworkStatements}. Which pages teach a
 * statement is asked through the {@link uk.ectinduction.framework.TeachingPages} port, which content implements,
 * so that the framework does not depend on content.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Early Career Framework",
        allowedDependencies = {"people"})
package uk.ectinduction.framework;
