package uk.ectinduction.framework.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/** One of the Teachers' Standards (Part One, 1 to 8): its heading and bullets. Reference data: read only. */
@Entity
@Immutable
@Table(name = "teachers_standard")
public class TeachersStandard {

    @Id
    private Integer number;

    @Column(nullable = false)
    private String heading;

    @Column(name = "ecf_section_title", nullable = false)
    private String ecfSectionTitle;

    @ElementCollection
    @CollectionTable(name = "teachers_standard_bullet", joinColumns = @JoinColumn(name = "standard"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", nullable = false)
    private List<String> bullets = new ArrayList<>();

    protected TeachersStandard() {}

    public int getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    /** The Early Career Framework's name for the standard's area, e.g. "Professional Behaviours". */
    public String getEcfSectionTitle() {
        return ecfSectionTitle;
    }

    public List<String> getBullets() {
        return List.copyOf(bullets);
    }
}
