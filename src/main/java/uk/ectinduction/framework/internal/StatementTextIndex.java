package uk.ectinduction.framework.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.ectinduction.framework.Statement;

/**
 * Every statement by its {@link StatementText#key wording key}, loaded once at first use: the statements are reference
 * data that change only with a migration, so a restart is the right moment to see new ones.
 */
@Component
public class StatementTextIndex {

    private final FrameworkStatementRepository statements;
    private volatile Map<String, Statement> byKey;

    StatementTextIndex(FrameworkStatementRepository statements) {
        this.statements = statements;
    }

    public Optional<Statement> find(String wording) {
        String key = StatementText.key(wording);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index().get(key));
    }

    private Map<String, Statement> index() {
        Map<String, Statement> loaded = byKey;
        if (loaded == null) {
            synchronized (this) {
                loaded = byKey;
                if (loaded == null) {
                    loaded = load();
                    byKey = loaded;
                }
            }
        }
        return loaded;
    }

    /** Two statements with one key would make a match ambiguous, so such a key matches neither. */
    private Map<String, Statement> load() {
        Map<String, Statement> index = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (FrameworkStatement statement : statements.findAll()) {
            String key = StatementText.key(statement.toStatement().text());
            if (index.putIfAbsent(key, statement.toStatement()) != null) {
                ambiguous.add(key);
            }
        }
        ambiguous.forEach(index::remove);
        return Map.copyOf(index);
    }
}
