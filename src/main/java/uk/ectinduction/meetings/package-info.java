/**
 * Mentor meetings: a mentor starts a meeting with a current mentee about one week's mentor materials and runs it one
 * activity at a time (Review, Plan, the week's activities, Next steps); Next steps agrees the ECT's actions and plans
 * the next meeting; the ECT reads their meetings and records progress on their actions. Its API is what other modules
 * may know: dates and counts for dashboards ({@link uk.ectinduction.meetings.MentorMeetings}) and the ECT's meetings
 * and actions for their record ({@link uk.ectinduction.meetings.MeetingHistory}). Entities, repositories, access rules
 * and services are in {@code internal}; controllers, forms and validators in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mentor meetings",
        allowedDependencies = {"people", "content", "audit", "system", "training"})
package uk.ectinduction.meetings;
