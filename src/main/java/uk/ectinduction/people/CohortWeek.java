package uk.ectinduction.people;

import java.util.Optional;
import uk.ectinduction.people.ProgrammeCalendar.ProgrammeWeek;

/**
 * Where a cohort is in its programme on a day: this week (empty in a holiday or before the start)
 * and the next programme week.
 */
public record CohortWeek(CohortSummary cohort, Optional<ProgrammeWeek> thisWeek, Optional<ProgrammeWeek> nextWeek) {}
