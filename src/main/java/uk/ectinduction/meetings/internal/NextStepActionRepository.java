package uk.ectinduction.meetings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NextStepActionRepository extends JpaRepository<NextStepAction, Long> {

    List<NextStepAction> findByMeetingIdOrderByPosition(long meetingId);

    List<NextStepAction> findByEctIdOrderByDueOnAscIdAsc(long ectId);

    /**
     * Open actions set in other meetings or planned in training sessions, and those this meeting has reviewed
     * already, oldest first (a session's actions have no due date and come after the dated ones).
     */
    @Query("""
            select a from NextStepAction a
             where a.ectId = :ectId and (a.meetingId is null or a.meetingId <> :meetingId)
               and (a.status = uk.ectinduction.meetings.internal.ActionStatus.OPEN
                    or a.id in (select r.actionId from ActionReview r where r.meetingId = :meetingId))
             order by a.dueOn nulls last, a.id""")
    List<NextStepAction> findForReview(long ectId, long meetingId);

    List<NextStepAction> findByTrainingSessionIdAndEctIdOrderByPosition(long trainingSessionId, long ectId);
}
