package uk.ectinduction.content.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import uk.ectinduction.content.internal.ParsedPage.InternalLink;

/**
 * Rewrites the links and images of a parsed page before it is rendered. This is the Markdown half of link
 * safety, and {@link SafeHtml} is the HTML half. Site-relative addresses are pointed at the app's pages:
 * {@code /x/y} becomes {@code /programmes/x/y}, and assets become {@code /programmes/assets/...}. Any address
 * that is not http, https, mailto or tel loses its link and keeps its words. Raw HTML a provider writes is not
 * rewritten here: {@code SafeHtml}'s cleaner, which every rendered section goes through, keeps only http, https
 * and mailto addresses in it.
 */
final class LinkRewriter {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkRewriter() {}

    /**
     * Rewrites every link and image of {@code document} in place.
     *
     * @param sourcePath the page's path in its tree, which relative addresses are resolved against
     * @param lineOffset the 1-based source line on which the parsed text starts
     * @return the links into the programme, with the source line each is on (not yet placed in a section)
     */
    static List<InternalLink> rewrite(Node document, String sourcePath, int lineOffset) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image);
            }
        });
        List<InternalLink> internal = new ArrayList<>();
        for (Node node : found) {
            String destination = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
            Optional<String> target = appTarget(destination == null ? "" : destination.strip(), sourcePath);
            if (target.isEmpty()) {
                unlink(node);
                continue;
            }
            String to = target.get();
            if (node instanceof Link l) {
                l.setDestination(to);
            } else {
                ((Image) node).setDestination(to);
            }
            if (to.startsWith("/programmes/")) {
                internal.add(new InternalLink(
                        to.replaceFirst("[?#].*$", ""),
                        lineOffset + MarkdownText.lineOf(node),
                        null,
                        -1,
                        MarkdownText.plainText(node).strip()));
            }
        }
        return internal;
    }

    /** The address to link to, or empty if the destination is unsafe or unusable. */
    static Optional<String> appTarget(String destination, String sourcePath) {
        if (destination.isEmpty()) {
            return Optional.empty();
        }
        if (destination.startsWith("#")) {
            return Optional.of(destination);
        }
        if (destination.startsWith("//")) {
            return Optional.of("https:" + destination);
        }
        Matcher scheme = SCHEME.matcher(destination);
        if (scheme.find()) {
            String s = scheme.group().toLowerCase(Locale.ROOT);
            boolean safe = s.equals("http:") || s.equals("https:") || s.equals("mailto:") || s.equals("tel:");
            return safe ? Optional.of(destination) : Optional.empty();
        }
        String path = destination;
        if (!path.startsWith("/")) {
            int slash = sourcePath.lastIndexOf('/');
            String dir = slash < 0 ? "/" : "/" + sourcePath.substring(0, slash + 1);
            try {
                path = URI.create(dir).resolve(path.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String suffix = "";
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            suffix = path.substring(cut);
            path = path.substring(0, cut);
        }
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3);
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.startsWith("/programmes/") && !path.equals("/programmes")) {
            path = "/programmes" + path;
        }
        return Optional.of(path + suffix);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Keeps a link's words, or an image's alternative text, in place of it. */
    private static void unlink(Node node) {
        if (node instanceof Image image) {
            String alt = MarkdownText.plainText(image);
            image.insertBefore(new Text(alt));
            image.unlink();
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
