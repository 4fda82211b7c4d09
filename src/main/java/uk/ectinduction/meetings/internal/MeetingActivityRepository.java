package uk.ectinduction.meetings.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingActivityRepository extends JpaRepository<MeetingActivity, Long> {

    List<MeetingActivity> findByMeetingIdOrderByPosition(long meetingId);

    List<MeetingActivity> findByMeetingIdInOrderByMeetingIdAscPositionAsc(Collection<Long> meetingIds);
}
