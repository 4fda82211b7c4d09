package uk.ectinduction.content.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ectinduction.content.ContentSearch;
import uk.ectinduction.people.SignedInUser;

/** {@code /search?q=…&page=N}: the programme materials the signed-in person may read, searched. */
@Controller
class SearchController {

    private final ContentSearch search;

    SearchController(ContentSearch search) {
        this.search = search;
    }

    /** A page number that is not one (typed into the address) shows the first page rather than an error. */
    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 1;
        model.addAttribute("results", search.search(query, number, user.roles()));
        return "search/results";
    }
}
