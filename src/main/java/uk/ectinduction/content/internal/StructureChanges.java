package uk.ectinduction.content.internal;

/**
 * What an admin does alike to a module, a week or a page of a programme's structure. Each change is checked against
 * the {@code version} the admin's form was drawn with, so a stale form changes nothing.
 */
public interface StructureChanges {

    void rename(long id, int version, String title, Long actorId);

    void reorder(long id, int version, boolean up, Long actorId);

    void retire(long id, int version, Long actorId);
}
