package uk.ectinduction.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ectinduction.audit.AuditRating;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;

/** An induction tutor's view of their cohorts' audits: how many ECTs hold each rating, never who. */
@Controller
class TutorAuditController {

    private final ModuleAudits audits;
    private final Cohorts cohorts;

    TutorAuditController(ModuleAudits audits, Cohorts cohorts) {
        this.audits = audits;
        this.cohorts = cohorts;
    }

    @GetMapping("/tutor/audits")
    String cohorts(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(
                "cohorts",
                cohorts.taughtBy(user.id()).stream()
                        .map(c -> audits.cohortRatings(c.name(), cohorts.ectIdsOf(c.id())))
                        .toList());
        model.addAttribute("scale", AuditRating.values());
        return "audit/cohorts";
    }
}
