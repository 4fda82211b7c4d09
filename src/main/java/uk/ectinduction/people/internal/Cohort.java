package uk.ectinduction.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import uk.ectinduction.people.DateRange;
import uk.ectinduction.people.ProgrammeCalendar;

/** A group of ECTs who follow one programme together on their school's calendar, with their tutors. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The programme followed, by its slug in the content module (e.g. "education-development-trust"). */
    @Column(name = "programme_slug", nullable = false)
    private String programmeSlug;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Version
    private long version;

    // Subselect fetching loads the calendars of every cohort on a page in one query, not one per cohort.
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "cohort_term", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("startsOn")
    private List<DateRange> terms = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "cohort_holiday", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("startsOn")
    private List<DateRange> holidays = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "cohort_tutor",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "tutor_id"))
    private Set<AppUser> tutors = new HashSet<>();

    protected Cohort() {}

    public Cohort(String name, String programmeSlug, LocalDate startsOn) {
        this.name = name;
        this.programmeSlug = programmeSlug;
        this.startsOn = startsOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProgrammeSlug() {
        return programmeSlug;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public long getVersion() {
        return version;
    }

    public List<DateRange> getTerms() {
        return terms;
    }

    public List<DateRange> getHolidays() {
        return holidays;
    }

    public Set<AppUser> getTutors() {
        return tutors;
    }

    public void update(String name, String programmeSlug, LocalDate startsOn) {
        this.name = name;
        this.programmeSlug = programmeSlug;
        this.startsOn = startsOn;
    }

    public ProgrammeCalendar calendar() {
        return new ProgrammeCalendar(startsOn, terms, holidays);
    }
}
