package uk.ectinduction.content.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UrlPathHelper;
import uk.ectinduction.content.ContentPages;
import uk.ectinduction.content.Handouts;
import uk.ectinduction.content.PageView;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/** Programme, module and part pages at {@code /programmes/<source path>}, and the files they link to. */
@Controller
class ContentController {

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    /** Replaces the app's policy for a handout: were one ever opened in the browser, it runs nothing. */
    static final String HANDOUT_POLICY = "sandbox; default-src 'none'";

    private final ContentPages pages;
    private final Handouts handouts;

    ContentController(ContentPages pages, Handouts handouts) {
        this.pages = pages;
        this.handouts = handouts;
    }

    /**
     * A handout, sent so that it can never run as a page of this origin: its own type, no sniffing, a
     * sandbox of its own, and downloaded rather than opened unless it is an image.
     */
    @GetMapping("/programmes/assets/**")
    ResponseEntity<byte[]> asset(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user) {
        String path = PATHS.getPathWithinApplication(request).substring("/programmes/".length());
        Handouts.Handout asset = handouts.handout(path, roles(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ContentDisposition disposition = (asset.type().image()
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(asset.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.type().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", HANDOUT_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .eTag(asset.sha256())
                .body(asset.bytes());
    }

    @GetMapping("/programmes/**")
    String page(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user, Model model) {
        String path = PATHS.getPathWithinApplication(request);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        PageView page =
                pages.page(path, roles(user)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        return "content/page";
    }

    private static Set<Role> roles(SignedInUser user) {
        return user == null ? Set.of() : user.roles();
    }
}
