/**
 * Training sessions: an induction tutor schedules a week's tutor materials for one of their cohorts (a day, a time,
 * a place or an online link), reschedules or cancels it with its history kept, and runs it in facilitate mode one
 * section at a time. ECTs of the cohort see their coming sessions and the preparation they must do. Its API:
 * {@link uk.ectinduction.training.TrainingSessions} with its values, and the
 * {@link uk.ectinduction.training.SessionActionsPlanned} event. Entities, repositories and the access rule
 * ({@code SessionAccess}) are in {@code internal}; controllers, forms and validators in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Training sessions",
        allowedDependencies = {"people", "content", "system"})
package uk.ectinduction.training;
