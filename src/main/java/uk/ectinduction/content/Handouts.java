package uk.ectinduction.content;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.internal.HandoutType;
import uk.ectinduction.people.Role;

/** The handouts imported with the programmes, each served only to the audiences of the pages that link it. */
@Service
@Transactional(readOnly = true)
public class Handouts {

    private final JdbcClient jdbc;

    Handouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Handout(String path, HandoutType type, byte[] bytes, String sha256) {

        /** The name a download is saved under. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    record AssetRow(String path, byte[] bytes, String sha256) {}

    /**
     * A handout linked from pages, by its path in the tree such as {@code assets/materials/handout.pdf}: only
     * if it is an allowed handout type (whatever an older import stored), and only to a reader who may see
     * a current page (or section) that links it. A handout no page links is for admins alone.
     */
    public Optional<Handout> handout(String path, Set<Role> roles) {
        Optional<HandoutType> named = HandoutType.ofName(path);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String[] visible =
                Audience.visibleTo(roles).stream().map(Audience::name).toArray(String[]::new);
        return jdbc.sql("""
                select a.path, a.bytes, a.sha256 from content_asset a
                 where a.path = ?
                   and (? or exists (select 1 from page_asset_link l
                                       join content_page p on p.current_version_id = l.version_id
                                       left join induction_module m on m.id = p.module_id
                                       left join week w on w.id = p.week_id
                                      where l.asset_path = a.path and p.retired_at is null
                                        and m.retired_at is null and w.retired_at is null
                                        and coalesce(l.audience, p.audience) = any(?)))""")
                .params(path, roles.contains(Role.ADMIN), visible)
                .query(AssetRow.class)
                .optional()
                .filter(row -> named.get().matches(row.bytes()))
                .map(row -> new Handout(row.path(), named.get(), row.bytes(), row.sha256()));
    }
}
