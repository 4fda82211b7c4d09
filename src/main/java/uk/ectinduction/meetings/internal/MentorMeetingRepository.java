package uk.ectinduction.meetings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorMeetingRepository extends JpaRepository<MentorMeeting, Long> {

    List<MentorMeeting> findByEctIdOrderByMeetsOnDescIdDesc(long ectId);

    @Query("""
            select m from MentorMeeting m
             where m.ectId = :ectId and m.status <> uk.ectinduction.meetings.internal.MeetingStatus.CANCELLED
               and m.meetsOn >= :from and m.id <> :exceptId
             order by m.meetsOn, m.startsAt nulls first, m.id""")
    List<MentorMeeting> findComingFor(long ectId, LocalDate from, long exceptId);

    @Query("select m from MentorMeeting m where m.mentorId = :userId or m.ectId = :userId order by m.meetsOn, m.id")
    List<MentorMeeting> findForPerson(long userId);

    List<MentorMeeting> findByEctIdInAndStatus(Collection<Long> ectIds, MeetingStatus status);
}
