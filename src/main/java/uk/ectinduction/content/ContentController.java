package uk.ectinduction.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UrlPathHelper;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/** Programme, module and part pages at {@code /programmes/<source path>}, and the files they link to. */
@Controller
class ContentController {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ContentPages pages;

    ContentController(ContentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/programmes/assets/**")
    ResponseEntity<byte[]> asset(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request).substring("/programmes/".length());
        ContentPages.Asset asset = pages.asset(path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.contentType()))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .eTag(asset.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .body(asset.bytes());
    }

    @GetMapping("/programmes/**")
    String page(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user, Model model) {
        String path = PATHS.getPathWithinApplication(request);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Set<Role> roles = user == null ? Set.of() : user.roles();
        PageView page = pages.page(path, roles).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        return "content/page";
    }
}
