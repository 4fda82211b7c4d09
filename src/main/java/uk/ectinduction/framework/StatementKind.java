package uk.ectinduction.framework;

/** The two kinds of Early Career Framework statement. */
public enum StatementKind {
    /** "Learn that…": numbered within its standard, as in 8.4. */
    LEARN_THAT,
    /** "Learn how to…": lettered within its standard, as in 8h, under a stem such as "Develop as a professional, by:". */
    LEARN_HOW_TO
}
