package uk.ectinduction.training.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionNoteRepository extends JpaRepository<SessionNote, Long> {

    List<SessionNote> findBySessionIdOrderBySectionNumber(long sessionId);

    Optional<SessionNote> findBySessionIdAndSectionNumber(long sessionId, int sectionNumber);
}
