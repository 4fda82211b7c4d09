package uk.ectinduction.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ectinduction.content.internal.ContentAuditLog;

/** Admins read the audit log of content actions, filtered by page and by person. */
@Controller
class AuditLogController {

    private final ContentAuditLog log;

    AuditLogController(ContentAuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit-log")
    String auditLog(
            @RequestParam(name = "path", required = false) String path,
            @RequestParam(name = "person", required = false) String person,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        model.addAttribute("log", log.read(path, person, page));
        return "content/audit-log";
    }
}
