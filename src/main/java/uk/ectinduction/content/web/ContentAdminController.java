package uk.ectinduction.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.content.internal.ExportTarget;
import uk.ectinduction.content.internal.ProgrammeExporter;
import uk.ectinduction.people.SignedInUser;

/** The admin's content page: the programmes, each to reshape or to download as the tree it was imported from. */
@Controller
@RequestMapping("/admin/content")
class ContentAdminController {

    private final ProgrammeWeeks programmes;
    private final ProgrammeExporter exporter;

    ContentAdminController(ProgrammeWeeks programmes, ProgrammeExporter exporter) {
        this.programmes = programmes;
        this.exporter = exporter;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("programmes", programmes.programmes());
        return "content/admin";
    }

    /** The programme's tree as a zip, written to the response as it is read (never whole in memory). */
    @GetMapping("/export")
    void export(
            @RequestParam String programme, @AuthenticationPrincipal SignedInUser admin, HttpServletResponse response)
            throws IOException {
        if (!exporter.exists(programme)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(programme + ".zip", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            exporter.export(programme, ExportTarget.zip(zip), admin.id());
        }
    }
}
