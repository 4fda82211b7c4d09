package uk.ectinduction.content;

/**
 * Imports a programme tree or single pages: reads and parses every file first, and only when none has an
 * error writes them all in one transaction. A page is known by its source path: importing it again makes
 * a new version if its source changed and leaves it as it is otherwise. The command line's {@code import}, the
 * admin upload and the demo all import through this.
 */
public interface ContentImporter {

    ImportReport importContent(ImportRequest request, ImportProgress progress);
}
