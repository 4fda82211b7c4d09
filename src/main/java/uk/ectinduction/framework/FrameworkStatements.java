package uk.ectinduction.framework;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.framework.internal.FrameworkStatement;
import uk.ectinduction.framework.internal.FrameworkStatementRepository;
import uk.ectinduction.framework.internal.StatementTextIndex;

/** Looks up Early Career Framework statements: by code first, by wording only as a fallback. */
@Service
@Transactional(readOnly = true)
public class FrameworkStatements {

    private static final Pattern CODE = Pattern.compile("[1-8](\\.[1-9][0-9]?|[a-z])");

    private final FrameworkStatementRepository statements;
    private final StatementTextIndex textIndex;

    FrameworkStatements(FrameworkStatementRepository statements, StatementTextIndex textIndex) {
        this.statements = statements;
        this.textIndex = textIndex;
    }

    /** By code, "8.4" or "8h"; surrounding spaces and the case of the letter do not matter. */
    public Optional<Statement> findByCode(String code) {
        return normalisedCode(code).flatMap(statements::findById).map(FrameworkStatement::toStatement);
    }

    /**
     * By wording, for quotations that carry no code: matches despite the small differences lead providers make
     * (see {@code internal.StatementText}), never by similarity alone.
     */
    public Optional<Statement> findByText(String text) {
        return textIndex.find(text);
    }

    /** The statements with these codes, in framework order, in one query; unknown codes are left out. */
    public List<Statement> findByCodes(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            normalisedCode(code).ifPresent(wanted::add);
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        return statements.findByCodeInOrderByFrameworkOrder(wanted).stream()
                .map(FrameworkStatement::toStatement)
                .toList();
    }

    /** A standard's statements: learn that by number, then learn how to by letter. */
    public List<Statement> forStandard(int standard) {
        if (standard < 1 || standard > 8) {
            return List.of();
        }
        return statements.findByStandardOrderByFrameworkOrder(standard).stream()
                .map(FrameworkStatement::toStatement)
                .toList();
    }

    static Optional<String> normalisedCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String candidate = code.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
