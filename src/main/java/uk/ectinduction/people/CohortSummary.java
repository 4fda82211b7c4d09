package uk.ectinduction.people;

import java.time.LocalDate;

/** A cohort as other modules see it. */
public record CohortSummary(long id, String name, String programmeSlug, LocalDate startsOn, long ectCount) {}
