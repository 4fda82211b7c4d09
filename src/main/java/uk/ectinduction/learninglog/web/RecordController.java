package uk.ectinduction.learninglog.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.ectinduction.learninglog.EctRecord;
import uk.ectinduction.learninglog.EctRecords;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.PdfRenderer;

/** The ECT's record as a page, a PDF and a CSV: for the ECT, and as their current mentor may see it. */
@Controller
class RecordController {

    private final EctRecords records;
    private final PdfRenderer pdf;

    RecordController(EctRecords records, PdfRenderer pdf) {
        this.records = records;
        this.pdf = pdf;
    }

    @GetMapping("/ect/record")
    String ectPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(records.recordFor(user, user.id()), "/ect/record", model);
    }

    @GetMapping("/mentor/mentees/{ectId}/record")
    String mentorPage(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, Model model) {
        return page(records.recordFor(user, ectId), "/mentor/mentees/" + ectId + "/record", model);
    }

    private static String page(EctRecord record, String base, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("base", base);
        return "learninglog/record";
    }

    @GetMapping("/ect/record.pdf")
    ResponseEntity<byte[]> ectPdf(@AuthenticationPrincipal SignedInUser user) {
        return pdf(records.recordFor(user, user.id()));
    }

    @GetMapping("/mentor/mentees/{ectId}/record.pdf")
    ResponseEntity<byte[]> mentorPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId) {
        return pdf(records.recordFor(user, ectId));
    }

    @GetMapping("/ect/record.csv")
    ResponseEntity<byte[]> ectCsv(@AuthenticationPrincipal SignedInUser user) {
        return csv(records.recordFor(user, user.id()));
    }

    @GetMapping("/mentor/mentees/{ectId}/record.csv")
    ResponseEntity<byte[]> mentorCsv(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId) {
        return csv(records.recordFor(user, ectId));
    }

    private ResponseEntity<byte[]> pdf(EctRecord record) {
        return download(
                pdf.render("learninglog/record-pdf", Map.of("record", record)),
                MediaType.APPLICATION_PDF,
                "pdf",
                record);
    }

    private static ResponseEntity<byte[]> csv(EctRecord record) {
        return download(
                RecordCsv.write(record).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "csv",
                record);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension, EctRecord record) {
        String name = "ect-record-" + record.ect().id() + "-" + record.madeOn() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
