/**
 * The web application's frame: security configuration, sign-in and its throttle, session rules, request size
 * limits, the layout's navigation, error pages and each role's home page ({@code Dashboards}, which composes the
 * other modules' APIs). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"people", "content", "meetings", "audit", "learninglog", "training", "system"})
package uk.ectinduction.web;
