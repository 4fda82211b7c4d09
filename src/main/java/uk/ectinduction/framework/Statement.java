package uk.ectinduction.framework;

/**
 * One Early Career Framework statement, as published.
 *
 * @param code     "8.4" for learn that, "8h" for learn how to
 * @param standard the Teachers' Standard it sits under, 1 to 8
 * @param kind     learn that or learn how to
 * @param stem     for learn how to, the phrase it completes ("Build effective working relationships, by:");
 *                 null for learn that, and for the one learn how to statement whose stem is not established (4e)
 * @param text     the statement's wording
 */
public record Statement(String code, int standard, StatementKind kind, String stem, String text) {}
