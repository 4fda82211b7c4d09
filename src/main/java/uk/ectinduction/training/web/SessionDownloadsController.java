package uk.ectinduction.training.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.PdfRenderer;
import uk.ectinduction.system.ServiceAddress;
import uk.ectinduction.training.TrainingSessions;
import uk.ectinduction.training.internal.SessionCalendar;

/** A session's .ics file, for the tutor and for its readers, and its plan as a PDF for the tutor. */
@Controller
class SessionDownloadsController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final SessionCalendar calendar;
    private final TrainingSessions sessions;
    private final PdfRenderer pdf;
    private final ServiceAddress serviceAddress;

    SessionDownloadsController(
            SessionCalendar calendar, TrainingSessions sessions, PdfRenderer pdf, ServiceAddress serviceAddress) {
        this.calendar = calendar;
        this.sessions = sessions;
        this.pdf = pdf;
        this.serviceAddress = serviceAddress;
    }

    @GetMapping("/tutor/sessions/{id}/session.ics")
    ResponseEntity<byte[]> tutorIcs(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        sessions.toAct(user, id);
        return ics(user, id);
    }

    @GetMapping("/sessions/{id}/session.ics")
    ResponseEntity<byte[]> readerIcs(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ics(user, id);
    }

    // Calendar apps keep the link long after the request, so it names the service's address, never the Host header.
    private ResponseEntity<byte[]> ics(SignedInUser user, long id) {
        String body = calendar.forReader(user, id, serviceAddress.base());
        return download(body.getBytes(StandardCharsets.UTF_8), CALENDAR, "training-session-" + id + ".ics");
    }

    @GetMapping("/tutor/sessions/{id}/plan.pdf")
    ResponseEntity<byte[]> planPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Map<String, Object> variables =
                Map.of("trainingSession", sessions.toAct(user, id), "plan", sessions.plan(user, id));
        return download(
                pdf.render("training/plan-pdf", variables),
                MediaType.APPLICATION_PDF,
                "training-session-" + id + "-plan.pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
