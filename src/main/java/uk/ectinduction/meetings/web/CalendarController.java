package uk.ectinduction.meetings.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.meetings.internal.CalendarFeeds;
import uk.ectinduction.meetings.internal.MeetingAccess;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.ServiceAddress;

/** Meeting downloads, the page that makes or revokes a calendar feed, and the feed itself (no session needed). */
@Controller
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final ServiceAddress serviceAddress;

    CalendarController(CalendarFeeds feeds, ServiceAddress serviceAddress) {
        this.feeds = feeds;
        this.serviceAddress = serviceAddress;
    }

    /** Calendar apps keep these addresses long after the request, so never the Host header the client sent. */
    private String baseUrl() {
        return serviceAddress.base();
    }

    private static ResponseEntity<String> ics(String body, String filename) {
        ResponseEntity.BodyBuilder response =
                ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore());
        if (filename != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        }
        return response.body(body);
    }

    @GetMapping("/mentor/meetings/{id}/calendar.ics")
    ResponseEntity<String> mentorDownload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ics(feeds.forMentor(user, id, baseUrl()), "mentor-meeting-" + id + ".ics");
    }

    @GetMapping("/ect/meetings/{id}/calendar.ics")
    ResponseEntity<String> ectDownload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ics(feeds.forEct(user, id, baseUrl()), "mentor-meeting-" + id + ".ics");
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ics(feeds.feed(token, baseUrl()).orElseThrow(MeetingAccess.NotFound::new), null);
    }

    @GetMapping("/calendar/feed")
    String feedPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("hasFeed", feeds.hasFeed(user.id()));
        return "meetings/calendar";
    }

    @PostMapping("/calendar/feed")
    String newFeed(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        String token = feeds.newFeed(user.id());
        redirect.addFlashAttribute("feedUrl", baseUrl() + "/calendar/" + token + ".ics");
        redirect.addFlashAttribute("message", "New calendar address made: any earlier address no longer works");
        return "redirect:/calendar/feed";
    }

    @PostMapping("/calendar/feed/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        feeds.revoke(user.id());
        redirect.addFlashAttribute("message", "Calendar address turned off");
        return "redirect:/calendar/feed";
    }
}
