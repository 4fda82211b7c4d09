package uk.ectinduction.content.web;

/**
 * A change with no text of its own: reorder ({@code direction} up or down), move ({@code week}) or retire. {@code
 * version} is the lock version the page showed, so a change made since by another admin is not overwritten.
 */
public class ChangeForm {

    private Integer version;
    private String direction;
    private Long week;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public Long getWeek() {
        return week;
    }

    public void setWeek(Long week) {
        this.week = week;
    }

    boolean up() {
        return "up".equals(direction);
    }
}
