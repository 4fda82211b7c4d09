package uk.ectinduction.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorMeetingRepository extends JpaRepository<MentorMeeting, Long> {

    List<MentorMeeting> findByEctIdOrderByMeetsOnDescIdDesc(long ectId);

    @Query("""
            select m from MentorMeeting m
             where m.ectId = :ectId and m.status <> uk.ectinduction.meetings.MeetingStatus.CANCELLED
               and m.meetsOn >= :from and m.id <> :exceptId
             order by m.meetsOn, m.startsAt nulls first, m.id""")
    List<MentorMeeting> findComingFor(long ectId, LocalDate from, long exceptId);

    @Query("select m from MentorMeeting m where m.mentorId = :userId or m.ectId = :userId order by m.meetsOn, m.id")
    List<MentorMeeting> findForPerson(long userId);

    List<MentorMeeting> findByEctIdInAndStatus(Collection<Long> ectIds, MeetingStatus status);
}

interface MeetingActivityRepository extends JpaRepository<MeetingActivity, Long> {

    List<MeetingActivity> findByMeetingIdOrderByPosition(long meetingId);

    List<MeetingActivity> findByMeetingIdInOrderByMeetingIdAscPositionAsc(Collection<Long> meetingIds);
}

interface NextStepActionRepository extends JpaRepository<NextStepAction, Long> {

    List<NextStepAction> findByMeetingIdOrderByPosition(long meetingId);

    List<NextStepAction> findByEctIdOrderByDueOnAscIdAsc(long ectId);

    /** Open actions set in other meetings, and those this meeting has reviewed already, oldest first. */
    @Query("""
            select a from NextStepAction a
             where a.ectId = :ectId and a.meetingId <> :meetingId
               and (a.status = uk.ectinduction.meetings.ActionStatus.OPEN
                    or a.id in (select r.actionId from ActionReview r where r.meetingId = :meetingId))
             order by a.dueOn, a.id""")
    List<NextStepAction> findForReview(long ectId, long meetingId);
}

interface ActionReviewRepository extends JpaRepository<ActionReview, Long> {

    List<ActionReview> findByMeetingId(long meetingId);

    List<ActionReview> findByActionIdIn(Collection<Long> actionIds);
}
