package uk.ectinduction.content.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.content.EditablePage;
import uk.ectinduction.content.ImportReport.Problem;
import uk.ectinduction.content.PageEditor;
import uk.ectinduction.content.PagePreview;
import uk.ectinduction.content.PageText;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.SaveResult;
import uk.ectinduction.framework.FrameworkStatements;

/** The content module's {@link PageEditor}. Pages are read, and drafts written, exactly as the import does. */
@Service
@Transactional
class Editor implements PageEditor {

    private final EditStore store;
    private final Importer importer;
    private final ContentStore content;
    private final FrameworkStatements statements;
    private final ApplicationEventPublisher events;

    Editor(
            EditStore store,
            Importer importer,
            ContentStore content,
            FrameworkStatements statements,
            ApplicationEventPublisher events) {
        this.store = store;
        this.importer = importer;
        this.content = content;
        this.statements = statements;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditablePage> open(String urlPath) {
        return store.page(urlPath).map(this::editable);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditablePage> open(long pageId) {
        return store.page(pageId).map(this::editable);
    }

    private EditablePage editable(EditStore.PageRow page) {
        EditStore.VersionRow base =
                store.version(page.id(), page.baseVersionId()).orElseThrow();
        return new EditablePage(
                page.id(),
                page.urlPath(),
                page.sourcePath(),
                Audience.valueOf(page.audience()),
                page.lockVersion(),
                EditableSource.split(base.sourceMarkdown()).text(base.title()),
                base.summary(),
                summary(page, page.currentVersionId()),
                summary(page, page.draftVersionId()),
                summary(page, page.withdrawnVersionId()));
    }

    private EditablePage.Version summary(EditStore.PageRow page, Long versionId) {
        return store.version(page.id(), versionId)
                .map(EditStore.VersionRow::summary)
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public PagePreview preview(long pageId, PageText text) {
        EditStore.PageRow page = store.page(pageId).orElseThrow();
        String source = compose(page, text);
        ParsedPage parsed;
        try {
            parsed = importer.parse(page.sourcePath(), source);
        } catch (SourceProblem problem) {
            return new PagePreview(null, List.of(), unreadable(page, problem));
        }
        List<PageView.SectionView> sections = parsed.sections().stream()
                .map(s -> PageView.SectionView.of(
                        s.position(), s.kind().name(), s.heading(), s.headingLevel(), s.name(), s.minutes(), s.html()))
                .toList();
        PageView view = new PageView(
                page.urlPath(),
                PagePlacement.of(page.sourcePath()).kind(),
                Audience.valueOf(page.audience()),
                parsed.title(),
                parsed.heading() != null ? parsed.heading() : parsed.title(),
                parsed.caption(),
                0,
                List.of(),
                sections,
                PageView.agenda(sections, parsed.statedMinutes()),
                null,
                null,
                List.of(),
                List.of(),
                page.currentVersionId() == null,
                false);
        return new PagePreview(view, checks(page, parsed), null);
    }

    @Override
    public SaveResult saveDraft(long pageId, PageText text, String note, long authorId, long expectedLockVersion) {
        EditStore.PageRow page = store.page(pageId).orElseThrow();
        String source = compose(page, text);
        ParsedPage parsed;
        try {
            parsed = importer.parse(page.sourcePath(), source);
        } catch (SourceProblem problem) {
            return new SaveResult.Unreadable(unreadable(page, problem));
        }
        OptionalLong lock = store.claim(pageId, expectedLockVersion);
        if (lock.isEmpty()) {
            return new SaveResult.Conflict(open(pageId).orElseThrow(), text);
        }
        EditStore.Written draft =
                store.saveDraft(pageId, source, parsed, VersionRows.Origin.edit(authorId, blankToNull(note)));
        events.publishEvent(new ContentActionTaken(
                Action.EDIT, page.urlPath(), authorId, "draft version " + draft.number() + described(note)));
        return new SaveResult.Saved(draft.id(), draft.number(), lock.getAsLong(), checks(page, parsed));
    }

    @Override
    public SaveResult.Saved draftFromVersion(long pageId, long versionId, long actorId, String note) {
        EditStore.PageRow page = store.page(pageId).orElseThrow();
        EditStore.VersionRow old = store.version(pageId, versionId)
                .orElseThrow(() -> new IllegalArgumentException("version " + versionId + " is not of page " + pageId));
        // It was read once, so it reads again; the lock is taken first, so drafts of the page are numbered in turn.
        ParsedPage parsed = importer.parse(page.sourcePath(), old.sourceMarkdown());
        long lock = store.advance(pageId);
        EditStore.Written draft = store.saveDraft(
                pageId, old.sourceMarkdown(), parsed, VersionRows.Origin.restore(actorId, blankToNull(note)));
        return new SaveResult.Saved(draft.id(), draft.number(), lock, checks(page, parsed));
    }

    @Override
    public Publishing publish(long pageId, long versionId, String note, long actorId) {
        Optional<EditStore.PageRow> found = store.page(pageId);
        if (found.isEmpty()) {
            return Publishing.NOT_PUBLISHABLE;
        }
        EditStore.PageRow page = found.get();
        boolean draft = Long.valueOf(versionId).equals(page.draftVersionId());
        boolean withdrawn = Long.valueOf(versionId).equals(page.withdrawnVersionId());
        if (!draft && !withdrawn) {
            return Publishing.NOT_PUBLISHABLE;
        }
        store.advance(pageId);
        store.publish(pageId, versionId, blankToNull(note), actorId);
        int number = store.version(pageId, versionId).orElseThrow().versionNumber();
        events.publishEvent(
                new ContentActionTaken(Action.PUBLISH, page.urlPath(), actorId, "version " + number + described(note)));
        return Publishing.PUBLISHED;
    }

    @Override
    public boolean unpublish(long pageId, long actorId) {
        Optional<EditStore.PageRow> page = store.page(pageId);
        if (page.isEmpty() || !store.unpublish(pageId, actorId)) {
            return false;
        }
        store.advance(pageId);
        events.publishEvent(new ContentActionTaken(Action.UNPUBLISH, page.get().urlPath(), actorId, null));
        return true;
    }

    /** The edited fields as a source, keeping what is unchanged of the text the editor started from. */
    private String compose(EditStore.PageRow page, PageText text) {
        EditStore.VersionRow base =
                store.version(page.id(), page.baseVersionId()).orElseThrow();
        return EditableSource.split(base.sourceMarkdown()).compose(text, base.title());
    }

    private List<Problem> checks(EditStore.PageRow page, ParsedPage parsed) {
        Set<String> targets =
                parsed.links().stream().map(ParsedPage.InternalLink::target).collect(Collectors.toSet());
        Set<String> known = new HashSet<>(content.existingPaths(targets));
        // A page has a handful of intentions: one look-up each, in the framework's own reading of a code.
        Set<String> codes = parsed.intentions().stream()
                .map(ParsedPage.Intention::code)
                .filter(code -> code != null && statements.findByCode(code).isPresent())
                .collect(Collectors.toSet());
        return PageChecks.check(page.urlPath(), parsed, known, codes);
    }

    private static Problem unreadable(EditStore.PageRow page, SourceProblem problem) {
        return new Problem(page.urlPath(), problem.line(), "error", problem.getMessage());
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String described(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }
}
