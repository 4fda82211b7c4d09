package uk.ectinduction.people.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.internal.AppUser;
import uk.ectinduction.people.internal.CohortRepository;

/** What the cohort admin pages read beyond {@link uk.ectinduction.people.Cohorts}: a cohort as its form shows it. */
@Service
@Transactional(readOnly = true)
class CohortAdministration {

    private final CohortRepository cohorts;

    CohortAdministration(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    Optional<CohortForm> form(long id) {
        return cohorts.findById(id).map(CohortForm::of);
    }

    List<Long> tutorIds(long id) {
        return cohorts.findById(id)
                .map(c -> c.getTutors().stream().map(AppUser::getId).toList())
                .orElse(List.of());
    }
}
