/**
 * The programmes lead providers write: their modules, weeks and pages for each audience, imported from Markdown
 * trees and shown under {@code /programmes}. Its API: {@link uk.ectinduction.content.ContentImporter} and its
 * request, progress and report; {@link uk.ectinduction.content.ContentPages} and
 * {@link uk.ectinduction.content.PageView}; {@link uk.ectinduction.content.ProgrammeWeeks} with
 * {@link uk.ectinduction.content.WeekOfProgramme}; {@link uk.ectinduction.content.ModuleStatements} and
 * {@link uk.ectinduction.content.MentorMaterialsIndex}; {@link uk.ectinduction.content.ContentSearch} with
 * {@link uk.ectinduction.content.SearchResults}. The import's parts are in {@code content.internal}, the
 * pages and the admin upload in {@code content.web}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programme content",
        allowedDependencies = {"people", "framework", "system"})
package uk.ectinduction.content;
