package uk.ectinduction.people.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

    @Query("select l from PasswordResetLink l join fetch l.user where l.tokenHash = :tokenHash")
    Optional<PasswordResetLink> findByTokenHash(String tokenHash);

    /** A new link replaces any unused one, so only the latest link handed out works. */
    @Modifying
    @Query("update PasswordResetLink l set l.usedAt = :now where l.user.id = :userId and l.usedAt is null")
    void retireUnused(long userId, Instant now);
}
