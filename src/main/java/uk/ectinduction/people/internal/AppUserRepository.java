package uk.ectinduction.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.ectinduction.people.Role;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<AppUser> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    @Query(value = """
            select u.id from AppUser u
            where :query = '' or lower(u.email) like concat('%', :query, '%')
               or lower(u.displayName) like concat('%', :query, '%')
            order by lower(u.displayName), u.id""", countQuery = """
            select count(u) from AppUser u
            where :query = '' or lower(u.email) like concat('%', :query, '%')
               or lower(u.displayName) like concat('%', :query, '%')""")
    Page<Long> findIdsMatching(String query, Pageable pageable);

    @Query("select distinct u from AppUser u left join fetch u.roles where u.id in :ids")
    List<AppUser> findAllWithRoles(Collection<Long> ids);

    @Query("select distinct u from AppUser u left join fetch u.roles where lower(u.email) in :emails")
    List<AppUser> findAllByLowerEmailIn(Collection<String> emails);

    @Query("select distinct u from AppUser u join fetch u.roles r where r = :role and u.enabled order by u.displayName")
    List<AppUser> findEnabledWithRole(Role role);

    @Query("""
            select count(u) from AppUser u join u.roles r where r = uk.ectinduction.people.Role.ECT and u.enabled
               and not exists (select 1 from MentorAssignment a where a.ect = u and a.endedOn is null)""")
    long countEnabledEctsWithoutMentor();

    @Query("""
            select u from AppUser u join u.roles r where r = uk.ectinduction.people.Role.ECT and u.enabled
               and not exists (select 1 from MentorAssignment a where a.ect = u and a.endedOn is null)
             order by u.displayName, u.id""")
    List<AppUser> findEnabledEctsWithoutMentor(Pageable pageable);

    @Query("select r, count(u) from AppUser u join u.roles r where u.enabled group by r")
    List<Object[]> countEnabledByRole();
}
