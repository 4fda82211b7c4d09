package uk.ectinduction.content.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportReport.Problem;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;

/** The content module's {@link ContentImporter}: parses every file, then stores them all or none. */
@Service
class Importer implements ContentImporter {

    private final ContentStore store;
    private final TransactionTemplate transaction;
    private final FrameworkStatements statements;
    private final ApplicationEventPublisher events;

    Importer(
            ContentStore store,
            TransactionTemplate transaction,
            FrameworkStatements statements,
            ApplicationEventPublisher events) {
        this.store = store;
        this.transaction = transaction;
        this.statements = statements;
        this.events = events;
    }

    /** A page read from the source, with where it belongs. */
    record PageSource(
            String sourcePath,
            String urlPath,
            String displayName,
            String text,
            PagePlacement place,
            ParsedPage parsed) {}

    record AssetSource(String path, String displayName, byte[] bytes, HandoutType type) {}

    @Override
    public ImportReport importContent(ImportRequest request, ImportProgress progress) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<PageSource> pages = new ArrayList<>();
        List<AssetSource> assets = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        if (request.singlePages()) {
            if (blank(request.programme()) || blank(request.module())) {
                errors.add(new Problem(
                        "import",
                        1,
                        "error",
                        "single pages need both --programme and --module to say where they belong"));
                return new ImportReport(List.of(), 0, warnings, errors);
            }
            String programmeSlug = PagePlacement.slug(request.programme());
            names.put(programmeSlug, request.programme().strip());
            names.put(
                    PagePlacement.moduleKey(programmeSlug, PagePlacement.slug(request.module())),
                    request.module().strip());
        }

        int total = request.files().size();
        int done = 0;
        for (ImportRequest.SourceFile file : request.files()) {
            progress.update(done++, total, "Reading files");
            String path = normalise(file.path());
            if (request.singlePages()) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    errors.add(new Problem(file.displayName(), 1, "error", "not a Markdown page (.md)"));
                    continue;
                }
                path = PagePlacement.singlePagePath(request.programme(), request.module(), name);
            }
            if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
                if (path.startsWith("assets/")) {
                    Optional<AssetSource> handout = handout(path, file);
                    if (handout.isPresent()) {
                        assets.add(handout.get());
                    } else {
                        warnings.add(notAHandout(path, file));
                    }
                } else {
                    warnings.add(new Problem(
                            file.displayName(),
                            1,
                            "warning",
                            "skipped: neither a Markdown page nor a file under assets/"));
                }
                continue;
            }
            String urlPath = "/programmes/" + path.substring(0, path.length() - 3);
            String earlier = seen.putIfAbsent(urlPath.toLowerCase(Locale.ROOT), file.displayName());
            if (earlier != null) {
                errors.add(new Problem(
                        file.displayName(), 1, "error", "duplicate path: " + urlPath + " is also given by " + earlier));
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.bytes()))
                        .toString();
            } catch (CharacterCodingException e) {
                errors.add(new Problem(
                        file.displayName(), lineOfBadByte(file.bytes()), "error", "unreadable file: not UTF-8 text"));
                continue;
            }
            PagePlacement place = PagePlacement.of(path);
            try {
                ParsedPage parsed = parse(path, text);
                pages.add(new PageSource(path, urlPath, file.displayName(), text, place, parsed));
            } catch (SourceProblem problem) {
                errors.add(new Problem(file.displayName(), problem.line(), "error", problem.getMessage()));
            } catch (RuntimeException unexpected) {
                errors.add(new Problem(file.displayName(), 1, "error", "could not be read: " + unexpected));
            }
        }
        if (pages.isEmpty() && assets.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem("import", 1, "error", "no Markdown pages found"));
        }
        if (!errors.isEmpty()) {
            return new ImportReport(List.of(), 0, warnings, errors);
        }
        warnings.addAll(brokenLinks(pages, assets));
        progress.update(total, total, "Saving");
        List<ImportReport.ImportedPage> imported = transaction.execute(status -> {
            List<ImportReport.ImportedPage> saved = store.save(
                    pages, assets, names, request.actorId(), (d, t) -> progress.update(d, t, "Saving pages"));
            events.publishEvent(ImportAudit.of(request, pages, saved, assets.size())); // logged in this transaction
            return saved;
        });
        return new ImportReport(imported, assets.size(), warnings, List.of());
    }

    /**
     * Reads one page as the import reads it; the editor saves and previews through this too, so an edited page has
     * the structure its import would have had. Throws {@link SourceProblem} for a page that cannot be read.
     */
    ParsedPage parse(String sourcePath, String text) {
        return PageParser.parse(
                sourcePath,
                text,
                PagePlacement.of(sourcePath).isModule(),
                quoted -> statements.findByText(quoted).map(Statement::code));
    }

    private static Optional<AssetSource> handout(String path, ImportRequest.SourceFile file) {
        return HandoutType.of(path, file.bytes())
                .map(type -> new AssetSource(path, file.displayName(), file.bytes(), type));
    }

    private static Problem notAHandout(String path, ImportRequest.SourceFile file) {
        String message = HandoutType.ofName(path)
                .map(type -> "its content is not a " + type.label() + " file, skipped")
                .orElse("not a handout type, skipped");
        return new Problem(file.displayName(), 0, "warning", message);
    }

    private List<Problem> brokenLinks(List<PageSource> pages, List<AssetSource> assets) {
        Set<String> known = new HashSet<>();
        pages.forEach(p -> known.add(p.urlPath()));
        assets.forEach(a -> known.add("/programmes/" + a.path()));
        Set<String> wanted = new HashSet<>();
        for (PageSource page : pages) {
            for (ParsedPage.InternalLink link : page.parsed().links()) {
                if (!known.contains(link.target())) {
                    wanted.add(link.target());
                }
            }
        }
        known.addAll(store.existingPaths(wanted));
        List<Problem> warnings = new ArrayList<>();
        for (PageSource page : pages) {
            warnings.addAll(PageChecks.brokenLinks(page.displayName(), page.parsed(), known));
        }
        return warnings;
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.startsWith("./") ? p.substring(2) : p.substring(1);
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    private static int lineOfBadByte(byte[] bytes) {
        int line = 1;
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, from, i - from));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                from = i + 1;
            }
        }
        return 1;
    }
}
