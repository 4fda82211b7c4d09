package uk.ectinduction.learninglog.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LogEntryCommentRepository extends JpaRepository<LogEntryComment, Long> {

    List<LogEntryComment> findByEntryIdInOrderByCreatedAtAscIdAsc(Collection<Long> entryIds);
}
