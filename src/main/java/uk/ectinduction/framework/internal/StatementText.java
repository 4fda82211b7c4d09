package uk.ectinduction.framework.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A comparison key for a statement's wording, so that the small differences with which the lead providers quote
 * the framework do not stop a quotation from matching its statement. Two wordings match when their keys are equal.
 *
 * <p>The key ignores: letter case; quotation marks and apostrophes, curly or straight; punctuation, hyphens and
 * spacing (so "high-quality" is "high quality", a trailing full stop or a missing space does not count); "e.g."
 * against "for example" against a parenthesis opening "such as", and "(…, for example)" against "(for example, …)";
 * and the imperative against the gerund ("Use…" is "Using…", "Provide…" is "Providing…"), by reducing each word to
 * a crude stem. It is a key, never shown to anyone.
 */
final class StatementText {

    private static final Pattern CURLY_SINGLE = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    private static final Pattern CURLY_DOUBLE = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033]");
    private static final Pattern EXAMPLE_LAST = Pattern.compile("\\(([^()]*?)[\\s,;:]*\\bfor example\\s*\\)");
    private static final Pattern SUCH_AS_FIRST = Pattern.compile("\\(\\s*such as\\b");
    private static final Pattern EG = Pattern.compile("\\be\\s*\\.\\s*g\\b\\.?");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StatementText() {}

    static String key(String wording) {
        if (wording == null) {
            return "";
        }
        String text = Normalizer.normalize(wording, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = CURLY_SINGLE.matcher(text).replaceAll("'");
        text = CURLY_DOUBLE.matcher(text).replaceAll("\"");
        text = text.replace("'", "").replace("\"", "");
        text = EG.matcher(text).replaceAll("for example");
        text = SUCH_AS_FIRST.matcher(text).replaceAll("(for example");
        text = EXAMPLE_LAST.matcher(text).replaceAll("(for example $1)");
        StringBuilder key = new StringBuilder(text.length());
        for (String word : NOT_A_WORD.split(text)) {
            key.append(stem(word));
        }
        return key.toString();
    }

    /** Reduces "using" and "use" alike to "us", "planning" and "plan" to "plan", "modelling" and "model" to "model". */
    static String stem(String word) {
        String stem = word;
        if (stem.length() > 4 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        }
        int length = stem.length();
        if (length > 2 && stem.charAt(length - 1) == stem.charAt(length - 2)) {
            stem = stem.substring(0, length - 1);
        }
        if (stem.length() > 2 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
