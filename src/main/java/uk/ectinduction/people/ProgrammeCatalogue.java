package uk.ectinduction.people;

import java.util.Map;

/**
 * The programmes a cohort can follow, by slug and title. Implemented by the content module, which
 * depends on this one; people asks through this port so that it need not know about content.
 */
public interface ProgrammeCatalogue {
    Map<String, String> programmes();
}
