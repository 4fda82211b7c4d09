package uk.ectinduction.learninglog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.content.ModuleStatements.PageStatements;
import uk.ectinduction.learninglog.LearningLog;
import uk.ectinduction.learninglog.LogEntry;
import uk.ectinduction.learninglog.LogFilter;
import uk.ectinduction.people.SignedInUser;

/**
 * The learning log: the ECT's at {@code /ect/log}, where they write and edit entries, and the shared entries of a
 * mentee at {@code /mentor/mentees/{ectId}/log}, where their mentor reads and comments. Who may do what is
 * {@code LogAccess}'s to say.
 */
@Controller
class LogController {

    private final LearningLog log;
    private final EntryFormValidator entryValidator;
    private final CommentFormValidator commentValidator;

    LogController(LearningLog log, EntryFormValidator entryValidator, CommentFormValidator commentValidator) {
        this.log = log;
        this.entryValidator = entryValidator;
        this.commentValidator = commentValidator;
    }

    @InitBinder("entryForm")
    void bindEntry(WebDataBinder binder) {
        binder.addValidators(entryValidator);
    }

    @InitBinder("commentForm")
    void bindComment(WebDataBinder binder) {
        binder.addValidators(commentValidator);
    }

    // ----- the list -----

    @GetMapping("/ect/log")
    String ectLog(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String module,
            @RequestParam(required = false) String statement,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        return list(user, user.id(), "/ect/log", filter(module, statement, from, to), model);
    }

    @GetMapping("/mentor/mentees/{ectId}/log")
    String menteeLog(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long ectId,
            @RequestParam(required = false) String module,
            @RequestParam(required = false) String statement,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        return list(user, ectId, "/mentor/mentees/" + ectId + "/log", filter(module, statement, from, to), model);
    }

    private String list(SignedInUser user, long ectId, String base, LogFilter filter, Model model) {
        model.addAttribute("ect", log.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        model.addAttribute("listing", log.entries(user, ectId, filter));
        return "learninglog/list";
    }

    /** Filter choices from links and the filter form; anything unreadable means "any". */
    private static LogFilter filter(String module, String statement, String from, String to) {
        return new LogFilter(blankToNull(module), blankToNull(statement), day(from), day(to));
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ----- writing -----

    @GetMapping("/ect/log/new")
    String newEntry(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String page, Model model) {
        EntryForm form = new EntryForm();
        LocalDate today = log.today();
        form.setDay(String.valueOf(today.getDayOfMonth()));
        form.setMonth(String.valueOf(today.getMonthValue()));
        form.setYear(String.valueOf(today.getYear()));
        log.page(user, page).ifPresent(p -> {
            form.setPagePath(p.path());
            form.getCodes().addAll(p.codes());
        });
        model.addAttribute("entryForm", form);
        return form(user, null, form, model);
    }

    @PostMapping("/ect/log")
    String write(
            @AuthenticationPrincipal SignedInUser user,
            @Validated @ModelAttribute EntryForm entryForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(user, null, entryForm, model);
        }
        long id = log.write(user, entryValidator.input(entryForm));
        redirect.addFlashAttribute("message", "Entry added to your learning log");
        return "redirect:/ect/log/" + id;
    }

    @GetMapping("/ect/log/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        LogEntry entry = log.entry(user, user.id(), id);
        EntryForm form = new EntryForm();
        form.setDay(String.valueOf(entry.writtenOn().getDayOfMonth()));
        form.setMonth(String.valueOf(entry.writtenOn().getMonthValue()));
        form.setYear(String.valueOf(entry.writtenOn().getYear()));
        form.setPagePath(entry.pagePath());
        form.setKeyPoints(entry.keyPoints());
        form.setReflection(entry.reflection());
        form.setPrivateEntry(entry.privateEntry());
        entry.statements().forEach(s -> form.getCodes().add(s.code()));
        model.addAttribute("entryForm", form);
        return form(user, id, form, model);
    }

    @PostMapping("/ect/log/{id}/edit")
    String update(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Validated @ModelAttribute EntryForm entryForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        log.entry(user, user.id(), id);
        if (errors.hasErrors()) {
            return form(user, id, entryForm, model);
        }
        log.edit(user, id, entryValidator.input(entryForm));
        redirect.addFlashAttribute("message", "Entry saved");
        return "redirect:/ect/log/" + id;
    }

    private String form(SignedInUser user, Long id, EntryForm form, Model model) {
        model.addAttribute("entryId", id);
        model.addAttribute(
                "weekPages", id == null && form.getPagePath() == null ? log.thisWeeksPages(user) : List.of());
        model.addAttribute(
                "page",
                log.page(user, form.getPagePath()).map(PageStatements::title).orElse(null));
        model.addAttribute("choices", log.choices(user, form.getPagePath(), form.getCodes()));
        model.addAttribute("allStatements", log.allStatements());
        return "learninglog/form";
    }

    // ----- reading and comments -----

    @GetMapping("/ect/log/{id}")
    String ectEntry(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return entry(user, user.id(), "/ect/log", id, model);
    }

    @GetMapping("/mentor/mentees/{ectId}/log/{id}")
    String menteeEntry(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, @PathVariable long id, Model model) {
        model.addAttribute("commentForm", new CommentForm());
        return entry(user, ectId, "/mentor/mentees/" + ectId + "/log", id, model);
    }

    private String entry(SignedInUser user, long ectId, String base, long id, Model model) {
        model.addAttribute("entry", log.entry(user, ectId, id));
        model.addAttribute("ect", log.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        return "learninglog/entry";
    }

    @PostMapping("/mentor/mentees/{ectId}/log/{id}/comments")
    String comment(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long ectId,
            @PathVariable long id,
            @Validated @ModelAttribute CommentForm commentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return entry(user, ectId, "/mentor/mentees/" + ectId + "/log", id, model);
        }
        log.comment(user, ectId, id, commentForm.getBody());
        redirect.addFlashAttribute("message", "Comment added");
        return "redirect:/mentor/mentees/" + ectId + "/log/" + id;
    }
}
