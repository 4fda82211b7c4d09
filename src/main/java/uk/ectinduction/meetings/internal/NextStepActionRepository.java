package uk.ectinduction.meetings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NextStepActionRepository extends JpaRepository<NextStepAction, Long> {

    List<NextStepAction> findByMeetingIdOrderByPosition(long meetingId);

    List<NextStepAction> findByEctIdOrderByDueOnAscIdAsc(long ectId);

    /** Open actions set in other meetings, and those this meeting has reviewed already, oldest first. */
    @Query("""
            select a from NextStepAction a
             where a.ectId = :ectId and a.meetingId <> :meetingId
               and (a.status = uk.ectinduction.meetings.internal.ActionStatus.OPEN
                    or a.id in (select r.actionId from ActionReview r where r.meetingId = :meetingId))
             order by a.dueOn, a.id""")
    List<NextStepAction> findForReview(long ectId, long meetingId);
}
