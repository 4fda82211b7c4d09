package uk.ectinduction.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Which week of its programme a cohort is in on a given day. Programme weeks are school weeks
 * (Monday to Friday) counted from the week of the cohort's start; a week with no school day in it —
 * a half-term, the Christmas holiday, the summer — is skipped and does not use up a programme week.
 * With no terms entered, every weekday counts as a school day unless it falls in a holiday.
 */
public record ProgrammeCalendar(LocalDate startsOn, List<DateRange> terms, List<DateRange> holidays) {

    /** A programme week and the Monday of the school week it falls in. */
    public record ProgrammeWeek(int number, LocalDate monday) {}

    public ProgrammeCalendar {
        terms = List.copyOf(terms);
        holidays = List.copyOf(holidays);
    }

    /**
     * The latest Monday from which a cohort on these terms and holidays is in programme week {@code number} on
     * {@code day}; empty when {@code day} is in no programme week (a holiday) or the calendar has too little school.
     */
    public static Optional<LocalDate> startSoThatWeekOn(
            LocalDate day, int number, List<DateRange> terms, List<DateRange> holidays) {
        // Moving the start back a week adds at most one programme week, so the first match going back is the latest.
        LocalDate giveUp = monday(day).minusWeeks(number).minusYears(2);
        for (LocalDate start = monday(day); start.isAfter(giveUp); start = start.minusWeeks(1)) {
            Optional<ProgrammeWeek> week = new ProgrammeCalendar(start, terms, holidays).weekOn(day);
            if (week.isEmpty()) {
                return Optional.empty();
            }
            if (week.get().number() == number) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    public boolean isSchoolDay(LocalDate day) {
        if (day.isBefore(startsOn) || day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
            return false;
        }
        boolean inTerm = terms.isEmpty() || terms.stream().anyMatch(t -> t.contains(day));
        return inTerm && holidays.stream().noneMatch(h -> h.contains(day));
    }

    /** The programme week whose school week contains {@code day}; empty before the start and in holidays. */
    public Optional<ProgrammeWeek> weekOn(LocalDate day) {
        LocalDate monday = monday(day);
        if (!hasSchool(monday)) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeWeek(countSchoolWeeksUpTo(monday), monday));
    }

    /** The first programme week that starts after {@code day}'s week. */
    public Optional<ProgrammeWeek> nextWeekAfter(LocalDate day) {
        LocalDate monday = monday(day).plusWeeks(1);
        LocalDate giveUp = monday.plusYears(1); // no school for a year: the calendar has ended
        while (monday.isBefore(giveUp)) {
            if (hasSchool(monday)) {
                return Optional.of(new ProgrammeWeek(countSchoolWeeksUpTo(monday), monday));
            }
            monday = monday.plusWeeks(1);
        }
        return Optional.empty();
    }

    private int countSchoolWeeksUpTo(LocalDate lastMonday) {
        int weeks = 0;
        for (LocalDate monday = monday(startsOn); !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            if (hasSchool(monday)) {
                weeks++;
            }
        }
        return weeks;
    }

    private boolean hasSchool(LocalDate monday) {
        for (int d = 0; d < 5; d++) {
            if (isSchoolDay(monday.plusDays(d))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
