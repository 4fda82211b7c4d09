package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ectinduction.content.internal.Importer.PageSource;

/**
 * Where the pages of one import go in their programmes: each module's title, year, term and place in its
 * programme, each week's title and term, and each part's week and position in its module. The programme page
 * lists its modules under "Year 1: Summer term" headings; the module page links its parts under "Week 1: …"
 * headings; where a page says nothing, slugs and file names are read (see {@link PagePlacement}).
 * It decides and {@link ContentStore} writes.
 */
final class ProgrammeLayout {

    private static final Pattern YEAR_TERM =
            Pattern.compile("year\\s*(\\d)\\D+?(autumn|spring|summer)", Pattern.CASE_INSENSITIVE);
    /** Parts the module page does not link go after those it does, in path order. */
    private static final int UNLINKED_FROM = 1000;

    /**
     * A title, and whether it was given (by the source or the importer's --programme or --module), so it replaces
     * the stored one, or only made up from a slug or number, so a stored one is kept.
     */
    record Title(String text, boolean given) {}

    /** A module in its programme; {@code listed} when the programme page lists it, which fixes its position. */
    record ModulePlace(
            String programmeSlug,
            String moduleSlug,
            Title title,
            Integer year,
            String term,
            int position,
            boolean listed) {

        String key() {
            return PagePlacement.moduleKey(programmeSlug, moduleSlug);
        }
    }

    /** A module the programme page lists, with what the listing says of it. */
    record ListedModule(
            String programmeSlug, String moduleSlug, String title, Integer year, String term, int position) {}

    record WeekPlace(String moduleKey, int number, Title title, String term) {

        String key() {
            return weekKey(moduleKey, number);
        }
    }

    private final Map<String, Title> programmes = new LinkedHashMap<>();
    private final Map<String, ListedModule> listed = new HashMap<>();
    private final List<ModulePlace> modules = new ArrayList<>();
    private final List<WeekPlace> weeks = new ArrayList<>();
    private final Map<String, Integer> partWeeks = new HashMap<>();
    private final Map<String, Integer> partPositions = new HashMap<>();
    private final Map<String, Integer> pathOrder = new HashMap<>();

    /** @param names titles given with --programme and --module, keyed by slug and {@code programme/module} */
    static ProgrammeLayout of(List<PageSource> pages, Map<String, String> names) {
        ProgrammeLayout layout = new ProgrammeLayout();
        layout.nameProgrammes(pages, names);
        pages.stream().filter(p -> p.place().isProgramme()).forEach(layout::readListing);
        layout.placeModules(pages, names);
        Map<String, PageSource> modulePages = new HashMap<>();
        pages.stream()
                .filter(p -> p.place().isModule())
                .forEach(p -> modulePages.put(p.place().moduleKey(), p));
        layout.placeParts(pages, modulePages);
        layout.placeWeeks(pages, modulePages);
        return layout;
    }

    /** Programme titles by slug, in the order the import met them. */
    Map<String, Title> programmes() {
        return programmes;
    }

    /** The modules with a page in this import. */
    List<ModulePlace> modules() {
        return modules;
    }

    /** Modules the programme pages list that have no page in this import: imported earlier, or not yet. */
    List<ListedModule> listedElsewhere() {
        Set<String> here = new HashSet<>();
        modules.forEach(m -> here.add(m.key()));
        return listed.entrySet().stream()
                .filter(e -> !here.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    List<WeekPlace> weeks() {
        return weeks;
    }

    /** A part's week in its module; null for other pages and for parts nothing places in a week. */
    Integer week(PageSource page) {
        return partWeeks.get(page.sourcePath());
    }

    /** A part's position among its module's pages; null where the import has no page for its module. */
    Integer position(PageSource page) {
        return partPositions.get(page.sourcePath());
    }

    /** The position a new page takes: its own, else after the linked parts in path order. */
    int firstPosition(PageSource page) {
        Integer position = position(page);
        return position != null ? position : pathOrder.get(page.sourcePath());
    }

    static String weekKey(String moduleKey, int number) {
        return moduleKey + "#" + number;
    }

    private void nameProgrammes(List<PageSource> pages, Map<String, String> names) {
        for (PageSource page : pages) {
            String slug = page.place().programmeSlug();
            if (page.place().isProgramme()) {
                programmes.put(slug, new Title(page.parsed().title(), true));
            } else if (!programmes.containsKey(slug)) {
                programmes.put(
                        slug,
                        new Title(
                                names.getOrDefault(slug, PagePlacement.titleFromSlug(slug)), names.containsKey(slug)));
            }
        }
    }

    /** The modules a programme page links, with the year and term of the heading each link stands under. */
    private void readListing(PageSource page) {
        List<ParsedPage.Section> sections = page.parsed().sections();
        Integer[] yearOf = new Integer[sections.size()];
        String[] termOf = new String[sections.size()];
        Integer year = null;
        String term = null;
        for (ParsedPage.Section s : sections) {
            if (s.heading() != null) {
                Matcher m = YEAR_TERM.matcher(s.heading());
                if (m.find()) {
                    year = Integer.valueOf(m.group(1));
                    term = m.group(2).toUpperCase(Locale.ROOT);
                }
            }
            yearOf[s.position()] = year;
            termOf[s.position()] = term;
        }
        int position = 0;
        for (ParsedPage.InternalLink link : page.parsed().links()) {
            String rest = link.target().substring("/programmes/".length());
            String[] parts = rest.split("/");
            if (parts.length == 2 && parts[0].equals(page.place().programmeSlug())) {
                int at = Math.max(0, Math.min(link.sectionPosition(), sections.size() - 1));
                listed.putIfAbsent(
                        rest,
                        new ListedModule(
                                parts[0],
                                parts[1],
                                link.text(),
                                sections.isEmpty() ? null : yearOf[at],
                                sections.isEmpty() ? null : termOf[at],
                                position++));
            }
        }
    }

    private void placeModules(List<PageSource> pages, Map<String, String> names) {
        Map<String, PageSource> byModule = new LinkedHashMap<>();
        Map<String, String> terms = new HashMap<>();
        for (PageSource page : pages) {
            String key = page.place().moduleKey();
            if (key == null) {
                continue;
            }
            if (page.place().isModule() || !byModule.containsKey(key)) {
                byModule.put(key, page);
            }
            String term = page.place().termFromName();
            if (term != null) {
                terms.putIfAbsent(key, term);
            }
        }
        byModule.forEach((key, page) -> {
            PagePlacement place = page.place();
            ListedModule listing = listed.get(key);
            Title title;
            if (listing != null && !listing.title().isBlank()) {
                title = new Title(listing.title(), true);
            } else if (place.isModule()) {
                ParsedPage parsed = page.parsed();
                title = new Title(parsed.heading() != null ? parsed.heading() : parsed.title(), true);
            } else if (names.containsKey(key)) {
                title = new Title(names.get(key), true);
            } else {
                title = new Title(PagePlacement.titleFromSlug(place.moduleSlug()), false);
            }
            Integer year = listing != null && listing.year() != null ? listing.year() : place.yearFromModuleSlug();
            String term = listing != null && listing.term() != null ? listing.term() : terms.get(key);
            modules.add(new ModulePlace(
                    place.programmeSlug(),
                    place.moduleSlug(),
                    title,
                    year,
                    term,
                    listing == null ? 0 : listing.position(),
                    listing != null));
        });
    }

    /** Each part's week (by file name, else where the module page links it) and position (that link's order). */
    private void placeParts(List<PageSource> pages, Map<String, PageSource> modulePages) {
        List<PageSource> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageSource::sourcePath));
        for (int i = 0; i < sorted.size(); i++) {
            pathOrder.put(sorted.get(i).sourcePath(), UNLINKED_FROM + i);
        }
        for (PageSource page : pages) {
            if (!page.place().isPart()) {
                continue;
            }
            PageSource modulePage = modulePages.get(page.place().moduleKey());
            Integer week = page.place().weekFromName();
            Integer position = null;
            if (modulePage != null) {
                List<ParsedPage.InternalLink> links = modulePage.parsed().links();
                for (int i = 0; i < links.size(); i++) {
                    if (links.get(i).target().equals(page.urlPath())) {
                        position = i;
                        if (week == null) {
                            week = links.get(i).weekNumber();
                        }
                        break;
                    }
                }
                if (position == null) {
                    position = pathOrder.get(page.sourcePath());
                }
            }
            partWeeks.put(page.sourcePath(), week);
            partPositions.put(page.sourcePath(), position);
        }
    }

    /** The weeks the module pages head and the parts fall in, titled by the module page's week headings. */
    private void placeWeeks(List<PageSource> pages, Map<String, PageSource> modulePages) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> terms = new HashMap<>();
        modulePages.forEach((moduleKey, modulePage) -> {
            for (ParsedPage.Section s : modulePage.parsed().sections()) {
                if (s.weekNumber() != null && s.audience() == null && s.heading() != null) {
                    titles.putIfAbsent(weekKey(moduleKey, s.weekNumber()), s.heading());
                }
            }
        });
        Map<String, Boolean> needed = new LinkedHashMap<>(); // week key -> titled by the module page
        titles.keySet().forEach(k -> needed.put(k, true));
        for (PageSource page : pages) {
            Integer week = week(page);
            if (week != null) {
                String key = weekKey(page.place().moduleKey(), week);
                needed.putIfAbsent(key, false);
                String term = page.place().termFromName();
                if (term != null) {
                    terms.putIfAbsent(key, term);
                }
            }
        }
        needed.forEach((key, fromModulePage) -> {
            String moduleKey = key.substring(0, key.lastIndexOf('#'));
            int number = Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
            String made = number == 0 ? "Module introduction" : "Week " + number;
            weeks.add(new WeekPlace(
                    moduleKey, number, new Title(titles.getOrDefault(key, made), fromModulePage), terms.get(key)));
        });
    }
}
