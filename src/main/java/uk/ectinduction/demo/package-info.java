/**
 * The demo of the embedded default: six accounts, two programmes, a cohort on the real module with a training
 * session coming up, and a start-up banner, loaded in that order by one runner ({@code DemoData}) through each
 * module's API. Only a web application loads it, never a command-line tool. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"people", "content", "training"})
package uk.ectinduction.demo;
