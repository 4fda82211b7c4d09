package uk.ectinduction.framework;

import java.util.List;
import java.util.Set;
import uk.ectinduction.people.Role;

/** Implemented by the content module: which published pages teach a statement, as the viewer may see them. */
public interface TeachingPages {

    List<TeachingPage> teaching(String code, Set<Role> viewerRoles);

    /**
     * @param context where the page sits, e.g. "Year 1 · A people profession · Week 1 · Mentor materials"
     */
    record TeachingPage(String title, String path, String context) {}
}
