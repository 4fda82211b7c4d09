package uk.ectinduction.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an RFC 5545 calendar: escaped text, lines folded at 75 octets, CRLF line ends, UTC times. The one
 * writer of the service's {@code .ics} files, for mentor meetings and training sessions alike.
 */
public final class ICalendarWriter {

    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * One event: when it starts, how long it takes, and where to open it. {@code uid} names it for good (a calendar
     * app updates the event it already has by it), unique across the service, e.g. {@code mentor-meeting-12};
     * {@code sequence} grows with each change.
     */
    public record Event(
            String uid,
            LocalDate on,
            LocalTime at,
            int minutes,
            String summary,
            String description,
            String url,
            boolean cancelled,
            long sequence) {}

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {}

    public static String calendar(String name, List<Event> events, Instant now) {
        ICalendarWriter w = new ICalendarWriter();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:-//ECT Induction//ECT Induction//EN");
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-CALNAME:" + escape(name));
        for (Event e : events) {
            w.line("BEGIN:VEVENT");
            w.line("UID:" + e.uid() + "@ect-induction");
            w.line("DTSTAMP:" + UTC.format(now));
            w.line("SEQUENCE:" + e.sequence());
            if (e.at() == null) {
                w.line("DTSTART;VALUE=DATE:" + DAY.format(e.on()));
                w.line("DTEND;VALUE=DATE:" + DAY.format(e.on().plusDays(1)));
            } else {
                Instant start = e.on().atTime(e.at()).atZone(SCHOOL_TIME).toInstant();
                w.line("DTSTART:" + UTC.format(start));
                w.line("DTEND:" + UTC.format(start.plusSeconds(60L * Math.max(e.minutes(), 5))));
            }
            w.line("SUMMARY:" + escape(e.summary()));
            w.line("DESCRIPTION:" + escape(e.description()));
            if (e.url() != null) {
                w.line("URL:" + e.url());
            }
            w.line("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            w.line("END:VEVENT");
        }
        w.line("END:VCALENDAR");
        return w.out.toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds a content line so that no physical line is longer than 75 octets, never splitting a character. */
    private void line(String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
