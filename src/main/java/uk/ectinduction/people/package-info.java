/**
 * People and cohorts: accounts and their roles, who mentors whom, cohorts with their school calendars and induction
 * tutors, and where each cohort is in its programme. Other modules use only this package: {@link
 * uk.ectinduction.people.UserAccounts}, {@link uk.ectinduction.people.Cohorts}, {@link
 * uk.ectinduction.people.SignedInUser} and the values they hand out. Entities, repositories and the module's own
 * exceptions live in {@code internal}; the admin and account pages, their forms and the CSV upload in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"system"})
package uk.ectinduction.people;
