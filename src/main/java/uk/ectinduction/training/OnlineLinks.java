package uk.ectinduction.training;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What counts as an online link for a session: an http or https address with a host, and nothing that a page
 * could turn into script. The database checks the same shape (training_session_where).
 */
public final class OnlineLinks {

    public static final int MAX_LENGTH = 1000;

    private OnlineLinks() {}

    public static boolean isValid(String link) {
        if (link == null || link.length() > MAX_LENGTH || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
