package uk.ectinduction.content.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.PageKind;

/**
 * Where one source page belongs, read from its path in the provider's tree. {@code edt.md} is the programme page,
 * {@code edt/year-1-x.md} a module page, and {@code edt/year-1-x/summer-week-4-mentor-materials.md} a part of
 * that module. A part's file name gives its week, term, audience and kind of part unless its front matter says
 * otherwise. Single pages imported with --programme and --module are given such a path first.
 *
 * @param kind          a programme page, a module page or a part of a module
 * @param moduleSlug    null for a programme page
 * @param fileName      the last part of the path, without {@code .md}
 */
record PagePlacement(PageKind kind, String programmeSlug, String moduleSlug, String fileName) {

    private static final Pattern SLUG_UNSAFE = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WEEK_IN_NAME =
            Pattern.compile("(?:^|-)(?:week|training-session|session)-(\\d{1,2})(?:-|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TERM_IN_NAME = Pattern.compile("^(autumn|spring|summer)-", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_IN_SLUG = Pattern.compile("^year-(\\d)\\b");

    static PagePlacement of(String sourcePath) {
        String[] parts = sourcePath.split("/");
        PageKind kind = parts.length == 1 ? PageKind.PROGRAMME : parts.length == 2 ? PageKind.MODULE : PageKind.PART;
        return new PagePlacement(
                kind,
                withoutExtension(parts[0]),
                parts.length >= 2 ? withoutExtension(parts[1]) : null,
                withoutExtension(parts[parts.length - 1]));
    }

    /** The tree path of a page imported on its own into the named programme and module. */
    static String singlePagePath(String programme, String module, String fileName) {
        return slug(programme) + "/" + slug(module) + "/" + fileName;
    }

    /** A programme's or module's name as it stands in paths: "Year 1: Summer" is {@code year-1-summer}. */
    static String slug(String name) {
        String s = SLUG_UNSAFE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** The title to show when nothing names a programme or module but its slug. */
    static String titleFromSlug(String slug) {
        String words = slug.replace('-', ' ').strip();
        return words.isEmpty() ? slug : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    boolean isProgramme() {
        return kind == PageKind.PROGRAMME;
    }

    boolean isModule() {
        return kind == PageKind.MODULE;
    }

    boolean isPart() {
        return kind == PageKind.PART;
    }

    /** {@code programme/module}, the key a module goes by in one import; null for a programme page. */
    String moduleKey() {
        return moduleSlug == null ? null : moduleKey(programmeSlug, moduleSlug);
    }

    static String moduleKey(String programmeSlug, String moduleSlug) {
        return programmeSlug + "/" + moduleSlug;
    }

    /**
     * The week a file name gives: {@code intro-…} is week 0, and {@code …-week-4-…} or {@code …-session-1} give
     * their own number.
     */
    Integer weekFromName() {
        if (fileName.toLowerCase(Locale.ROOT).startsWith("intro-")) {
            return 0;
        }
        Matcher m = WEEK_IN_NAME.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** {@code AUTUMN}, {@code SPRING} or {@code SUMMER} from a file name that starts with it, else null. */
    String termFromName() {
        Matcher term = TERM_IN_NAME.matcher(fileName);
        return term.find() ? term.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The year a module's slug starts with ({@code year-1-…}), else null. */
    Integer yearFromModuleSlug() {
        Matcher y = YEAR_IN_SLUG.matcher(moduleSlug);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /**
     * Who the page is for: programme and module pages are for all; a part says so in its front matter
     * ({@code audience: mentor}), or else its file name does ("tutor" or "training-session", "mentor", else ECTs).
     */
    Audience audience(Map<String, String> frontMatter) {
        if (!isPart()) {
            return Audience.ALL;
        }
        String declared = frontMatter.get("audience");
        if (declared != null) {
            return Audience.parse(declared).orElse(Audience.ECT);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains("tutor") || name.contains("training-session")) {
            return Audience.INDUCTION_TUTOR;
        }
        if (name.contains("mentor")) {
            return Audience.MENTOR;
        }
        return Audience.ECT;
    }

    /** A part's kind: an introduction, a reflection, or the materials of its audience; null for other pages. */
    String partKind(Audience audience) {
        if (!isPart()) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith("intro-")) {
            return "INTRO";
        }
        if (name.contains("reflection")) {
            return "REFLECTION";
        }
        return switch (audience) {
            case MENTOR -> "MENTOR_MATERIALS";
            case INDUCTION_TUTOR -> "INDUCTION_TUTOR_MATERIALS";
            default -> "ECT_SELF_STUDY";
        };
    }

    private static String withoutExtension(String name) {
        return name.replaceFirst("(?i)\\.md$", "");
    }
}
