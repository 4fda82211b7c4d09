package uk.ectinduction.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.system.ICalendarWriter;

/**
 * Meetings as iCalendar: one meeting as a download, and each person's feed for calendar apps at an address with a
 * 256-bit random token. Only the token's SHA-256 is stored; making a new address revokes the old one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final MentorMeetingRepository meetings;
    private final MeetingActivityRepository activities;
    private final MeetingAccess access;
    private final UserAccounts accounts;
    private final Clock clock;

    CalendarFeeds(
            JdbcClient jdbc,
            MentorMeetingRepository meetings,
            MeetingActivityRepository activities,
            MeetingAccess access,
            UserAccounts accounts,
            Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.activities = activities;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    public boolean hasFeed(long userId) {
        return jdbc.sql("select count(*) from calendar_feed where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A new feed token for the user, replacing any earlier one; the token itself is never stored. */
    @Transactional
    public String newFeed(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into calendar_feed (user_id, token_hash) values (?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()""").params(userId, hash(token)).update();
        return token;
    }

    @Transactional
    public void revoke(long userId) {
        jdbc.sql("delete from calendar_feed where user_id = ?").param(userId).update();
    }

    /**
     * The feed for a token, or empty when no feed has that token or its owner's account is disabled (never saying
     * which): a disabled person's calendar app stops receiving meetings, as they can no longer sign in.
     */
    public Optional<String> feed(String token, String baseUrl) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from calendar_feed where token_hash = ?")
                .param(hash(token))
                .query(Long.class)
                .optional()
                .filter(accounts::isEnabled)
                .map(userId -> ICalendarWriter.calendar(
                        "Mentor meetings", events(meetings.findForPerson(userId), baseUrl, userId), clock.instant()));
    }

    public String forMentor(SignedInUser user, long meetingId, String baseUrl) {
        MentorMeeting meeting = access.meetingForMentor(user, meetingId);
        return ICalendarWriter.calendar(
                "Mentor meeting", events(List.of(meeting), baseUrl, user.id()), clock.instant());
    }

    public String forEct(SignedInUser user, long meetingId, String baseUrl) {
        MentorMeeting meeting = access.meetingForEct(user, meetingId);
        return ICalendarWriter.calendar(
                "Mentor meeting", events(List.of(meeting), baseUrl, user.id()), clock.instant());
    }

    private List<ICalendarWriter.Event> events(List<MentorMeeting> list, String baseUrl, long userId) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> minutes = activities
                .findByMeetingIdInOrderByMeetingIdAscPositionAsc(
                        list.stream().map(MentorMeeting::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        MeetingActivity::getMeetingId,
                        Collectors.summingInt(a -> a.getMinutes() == null ? 0 : a.getMinutes())));
        return list.stream()
                .map(m -> {
                    boolean asMentor = m.getMentorId() == userId;
                    String url = baseUrl + (asMentor ? "/mentor/meetings/" : "/ect/meetings/") + m.getId();
                    int length = minutes.getOrDefault(m.getId(), 0);
                    return new ICalendarWriter.Event(
                            "mentor-meeting-" + m.getId(),
                            m.getMeetsOn(),
                            m.getStartsAt(),
                            length == 0 ? 50 : length,
                            "Mentor meeting: " + m.getMaterialsTitle(),
                            "Weekly mentor meeting about " + m.getMaterialsTitle() + ". Open it in ECT Induction: "
                                    + url,
                            url,
                            m.getStatus() == MeetingStatus.CANCELLED,
                            m.getVersion());
                })
                .toList();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
