package uk.ectinduction.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import uk.ectinduction.people.DateRange;
import uk.ectinduction.people.internal.Cohort;

/**
 * A cohort as an admin types it: the start date as GOV.UK's three date fields, and the school's terms
 * and holidays one per line, e.g. {@code Autumn term: 3/9/2026 to 18/12/2026}.
 */
class CohortForm {

    private static final Pattern LINE = Pattern.compile("^(.+?):\\s*(\\S+)\\s+to\\s+(\\S+)$");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @NotBlank(message = "Enter a name for the cohort")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Choose the programme the cohort follows")
    @Size(max = 200, message = "Programme must be 200 characters or fewer")
    private String programmeSlug;

    private String startDay;
    private String startMonth;
    private String startYear;
    private String terms = "";
    private String holidays = "";
    private Long version;

    static CohortForm of(Cohort cohort) {
        CohortForm form = new CohortForm();
        form.name = cohort.getName();
        form.programmeSlug = cohort.getProgrammeSlug();
        form.startDay = Integer.toString(cohort.getStartsOn().getDayOfMonth());
        form.startMonth = Integer.toString(cohort.getStartsOn().getMonthValue());
        form.startYear = Integer.toString(cohort.getStartsOn().getYear());
        form.terms = lines(cohort.getTerms());
        form.holidays = lines(cohort.getHolidays());
        form.version = cohort.getVersion();
        return form;
    }

    private static String lines(List<DateRange> ranges) {
        StringBuilder text = new StringBuilder();
        for (DateRange range : ranges) {
            text.append(range.name())
                    .append(": ")
                    .append(DATE.format(range.startsOn()))
                    .append(" to ")
                    .append(DATE.format(range.endsOn()))
                    .append('\n');
        }
        return text.toString();
    }

    /** The dates as typed, read into values; what cannot be read is a field error. */
    record Dates(LocalDate startsOn, List<DateRange> terms, List<DateRange> holidays) {}

    Dates dates(Errors errors) {
        return new Dates(startsOn(errors), ranges(terms, "terms", errors), ranges(holidays, "holidays", errors));
    }

    private LocalDate startsOn(Errors errors) {
        try {
            return LocalDate.of(
                    Integer.parseInt(startYear.trim()),
                    Integer.parseInt(startMonth.trim()),
                    Integer.parseInt(startDay.trim()));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            errors.rejectValue("startDay", "date", "Start date must be a real date, like 7 9 2026");
            return null;
        }
    }

    private static List<DateRange> ranges(String text, String field, Errors errors) {
        List<DateRange> ranges = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            try {
                if (!m.matches()) {
                    throw new DateTimeParseException("shape", line, 0);
                }
                LocalDate from = LocalDate.parse(m.group(2), DATE);
                LocalDate to = LocalDate.parse(m.group(3), DATE);
                if (to.isBefore(from)) {
                    errors.rejectValue(field, "order", "Line " + (i + 1) + " ends before it starts");
                    continue;
                }
                ranges.add(new DateRange(m.group(1).trim(), from, to));
            } catch (DateTimeParseException e) {
                errors.rejectValue(
                        field,
                        "line",
                        "Line " + (i + 1) + " must look like 'Autumn term: 3/9/2026 to " + "18/12/2026'");
            }
        }
        ranges.sort(java.util.Comparator.comparing(DateRange::startsOn));
        return ranges;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getProgrammeSlug() {
        return programmeSlug;
    }

    public void setProgrammeSlug(String programmeSlug) {
        this.programmeSlug = programmeSlug == null ? null : programmeSlug.trim();
    }

    public String getStartDay() {
        return startDay;
    }

    public void setStartDay(String startDay) {
        this.startDay = startDay;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
