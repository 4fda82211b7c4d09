package uk.ectinduction.content;

/**
 * What a content page is, from where its file sits in the provider's tree: the programme's own page, a module's
 * page, or a part of a module (a week's materials, an introduction, a reflection). Stored by name in
 * {@code content_page.kind}.
 */
public enum PageKind {
    PROGRAMME,
    MODULE,
    PART
}
