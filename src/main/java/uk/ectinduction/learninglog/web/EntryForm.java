package uk.ectinduction.learninglog.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A learning log entry as typed: the date in three GOV.UK date fields, statements ticked or typed by code. */
public class EntryForm {

    private String day;
    private String month;
    private String year;
    private String pagePath;
    private String keyPoints;
    private String reflection;
    private List<String> codes = new ArrayList<>();
    private String otherCodes;
    private boolean privateEntry;

    /** Every statement code given, ticked or typed, in the order given, without repeats. */
    public List<String> allCodes() {
        Set<String> all = new LinkedHashSet<>();
        codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .forEach(all::add);
        if (otherCodes != null) {
            for (String code : otherCodes.split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    all.add(code.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(all);
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getPagePath() {
        return pagePath;
    }

    public void setPagePath(String pagePath) {
        this.pagePath = pagePath;
    }

    public String getKeyPoints() {
        return keyPoints;
    }

    public void setKeyPoints(String keyPoints) {
        this.keyPoints = keyPoints;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public List<String> getCodes() {
        return codes;
    }

    public void setCodes(List<String> codes) {
        this.codes = codes;
    }

    public String getOtherCodes() {
        return otherCodes;
    }

    public void setOtherCodes(String otherCodes) {
        this.otherCodes = otherCodes;
    }

    public boolean isPrivateEntry() {
        return privateEntry;
    }

    public void setPrivateEntry(boolean privateEntry) {
        this.privateEntry = privateEntry;
    }
}
