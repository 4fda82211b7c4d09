/**
 * What every module leans on and nothing owns: the embedded PostgreSQL of the default run, the production settings
 * check, the clock and password encoder, how dates are written ({@link uk.ectinduction.system.Dates}), the service's
 * own address, upload limits, command-line tools ({@link uk.ectinduction.system.ConsoleCommand}), PDF rendering,
 * and scheduled work that runs once across the app nodes ({@link uk.ectinduction.system.ClusterJobs}).
 * It uses no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package uk.ectinduction.system;
