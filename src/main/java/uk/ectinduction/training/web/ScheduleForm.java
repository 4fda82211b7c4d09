package uk.ectinduction.training.web;

/** Scheduling a session of one week's tutor materials for one of the tutor's cohorts. */
class ScheduleForm extends WhenAndWhereForm {

    private String page = "";
    private Long cohortId;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
