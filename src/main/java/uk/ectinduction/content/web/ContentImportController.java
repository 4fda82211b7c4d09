package uk.ectinduction.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.content.internal.SourceProblem;
import uk.ectinduction.content.internal.ZipSources;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.UploadLimits;

/** Admins import content in the browser: a zip of a programme tree, or Markdown pages for one module. */
@Controller
@RequestMapping("/admin/content/import")
class ContentImportController {

    private final ImportJobs jobs;
    private final UploadLimits limits;

    ContentImportController(ImportJobs jobs, UploadLimits limits) {
        this.jobs = jobs;
        this.limits = limits;
    }

    /** The page states the limit that is enforced, from the same setting. */
    @ModelAttribute("maxImportSize")
    String maxImportSize() {
        return limits.importMaxSizeText();
    }

    @GetMapping
    String form() {
        return "content/import";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "module", required = false) String module,
            @AuthenticationPrincipal SignedInUser admin,
            Model model)
            throws IOException {
        List<MultipartFile> given = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty() && f.getOriginalFilename() != null)
                        .toList();
        model.addAttribute("programme", programme);
        model.addAttribute("module", module);
        if (given.isEmpty()) {
            return formError(model, "files", "Select a zip file of a programme, or one or more Markdown files");
        }
        List<MultipartFile> zips =
                given.stream().filter(f -> name(f).endsWith(".zip")).toList();
        List<MultipartFile> pages =
                given.stream().filter(f -> name(f).endsWith(".md")).toList();
        if (zips.size() + pages.size() != given.size() || (zips.size() == 1) != pages.isEmpty() || zips.size() > 1) {
            return formError(model, "files", "Select either one zip file, or Markdown (.md) files only");
        }
        ImportRequest request;
        if (!zips.isEmpty()) {
            try {
                request = ImportRequest.tree(
                        ZipSources.read(zips.get(0).getBytes(), zips.get(0).getOriginalFilename()));
            } catch (SourceProblem problem) {
                return formError(model, "files", "The selected file could not be read: " + problem.getMessage());
            }
        } else {
            if (programme == null || programme.isBlank()) {
                return formError(model, "programme", "Enter the programme the pages belong to");
            }
            if (module == null || module.isBlank()) {
                return formError(model, "module", "Enter the module the pages belong to");
            }
            List<ImportRequest.SourceFile> sources = new ArrayList<>();
            for (MultipartFile page : pages) {
                String fileName = baseName(page.getOriginalFilename());
                sources.add(new ImportRequest.SourceFile(fileName, fileName, page.getBytes()));
            }
            request = new ImportRequest(sources, programme, module);
        }
        return jobs.start(request.by(admin.id()))
                .map(id -> "redirect:/admin/content/import/" + id)
                .orElseGet(() -> formError(
                        model, "files", "The service is busy with other imports. Try again in a " + "few minutes."));
    }

    @GetMapping("/{id}")
    String status(@PathVariable String id, Model model, HttpServletResponse response) {
        ImportStatus job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!job.over()) {
            response.setHeader("Refresh", "2"); // without JavaScript the page reloads itself until the end
        }
        model.addAttribute("job", job);
        return "content/import-status";
    }

    @GetMapping(path = "/{id}/status", produces = "application/json")
    @ResponseBody
    Map<String, Object> statusJson(@PathVariable String id) {
        ImportStatus job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of(
                "state",
                job.state(),
                "done",
                job.done(),
                "total",
                job.total(),
                "stage",
                job.stage(),
                "percent",
                job.percent(),
                "over",
                job.over());
    }

    private static String formError(Model model, String field, String message) {
        model.addAttribute("errorField", field);
        model.addAttribute("errorMessage", message);
        return "content/import";
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
