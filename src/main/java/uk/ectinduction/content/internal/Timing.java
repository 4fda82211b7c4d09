package uk.ectinduction.content.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's name and minutes, read from a heading or a line the way lead providers write them: "Opening (10
 * minutes)", "Plan (5 minute)", "Review [5 mins]", "Main activity – 60 mins" (en dash, em dash or hyphen),
 * "Review: 5 mins", and the bare "Theory to practice 35 mins"; any of them may end in a colon. Every reader of
 * a page's timed activities sees them through this one reading, so a form is learnt once for all of them.
 */
record Timing(String name, int minutes) {

    /** A number of minutes as written: "10 minutes", "5 minute", "35 mins", "1 min."; group 1 is the number. */
    static final String MINUTES = "(\\d{1,3})\\s*(?:minutes?|mins?)\\.?";

    private static final Pattern MARKED = Pattern.compile(
            "^(.*?)\\s*(?:[(\\[]\\s*" + MINUTES + "\\s*[)\\]]|[:\u2013\u2014-]\\s*" + MINUTES + ")\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE =
            Pattern.compile("^(.*?\\S)\\s+" + MINUTES + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_MINUTES = Pattern.compile("^" + MINUTES + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");
    /**
     * Words after which a bare number of minutes belongs to the sentence ("The first 10 minutes", "Allow about 5
     * mins") rather than timing the section before it.
     */
    private static final Set<String> TIED_WORDS = Set.of(
            "a", "about", "after", "allow", "an", "around", "at", "before", "each", "every", "first", "for", "in",
            "just", "last", "least", "next", "of", "only", "over", "spend", "than", "the", "to", "under", "within");
    /** The old line form "Review: 5 mins", a timed section wherever it stands. */
    private static final Pattern COLON_LINE =
            Pattern.compile("^([A-Za-z][^:\\n]{0,60}?)\\s*:\\s*" + MINUTES + "$", Pattern.CASE_INSENSITIVE);
    /**
     * A heading (or a line on its own) that introduces the timed parts of a meeting or session, with or without a
     * trailing colon: "Meeting activities", "Session structure:", "Structure of the session", "Timings".
     */
    private static final Pattern STRUCTURE = Pattern.compile(
            "^(?:(?:the\\s+)?(?:training\\s+)?(?:session|meeting)\\s+(?:structure|activities|agenda|plan|outline|timings?)"
                    + "|structure of the (?:training\\s+)?(?:session|meeting)|activities|agenda"
                    + "|structure|timings?|timetable|running order)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** A timed line is a short name, not a sentence that happens to end in a time. */
    private static final Pattern LINE_NAME = Pattern.compile("^\\p{L}[^.?!\\n]{0,79}$");

    /** The timing a heading carries in any form; a heading that is only a time ("10 minutes") has an empty name. */
    static Optional<Timing> ofHeading(String text) {
        Matcher marked = MARKED.matcher(text);
        if (marked.matches()) {
            return Optional.of(new Timing(
                    marked.group(1).strip(),
                    Integer.parseInt(marked.group(2) != null ? marked.group(2) : marked.group(3))));
        }
        Matcher bare = BARE.matcher(text);
        if (bare.matches() && !tied(bare.group(1))) {
            return Optional.of(new Timing(bare.group(1).strip(), Integer.parseInt(bare.group(2))));
        }
        Matcher only = ONLY_MINUTES.matcher(text.strip());
        return only.matches() ? Optional.of(new Timing("", Integer.parseInt(only.group(1)))) : Optional.empty();
    }

    /**
     * The timing of a paragraph that is only a section's name and time ("Review (5 mins)"), as written under a
     * structure heading such as "Meeting activities". A sentence ending in a time is not one.
     */
    static Optional<Timing> ofLine(String text) {
        return ofHeading(text).filter(t -> LINE_NAME.matcher(t.name()).matches());
    }

    /** A paragraph "Review: 5 mins", which times a section wherever it stands. */
    static Optional<Timing> ofColonLine(String text) {
        Matcher line = COLON_LINE.matcher(text);
        return line.matches()
                ? Optional.of(new Timing(line.group(1).strip(), Integer.parseInt(line.group(2))))
                : Optional.empty();
    }

    /** True for a heading or line that introduces a plan's timed parts: "Meeting activities", "Session structure:". */
    static boolean opensStructure(String text) {
        return STRUCTURE.matcher(text).matches();
    }

    private static boolean tied(String before) {
        Matcher word = LAST_WORD.matcher(before);
        return !word.find() || TIED_WORDS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }
}
