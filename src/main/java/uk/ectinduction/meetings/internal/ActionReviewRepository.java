package uk.ectinduction.meetings.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionReviewRepository extends JpaRepository<ActionReview, Long> {

    List<ActionReview> findByMeetingId(long meetingId);

    List<ActionReview> findByActionIdIn(Collection<Long> actionIds);
}
