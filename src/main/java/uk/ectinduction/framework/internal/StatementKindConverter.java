package uk.ectinduction.framework.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import uk.ectinduction.framework.StatementKind;

/** Stores a kind as the framework's own lower-case name: learn_that, learn_how_to. */
@Converter
class StatementKindConverter implements AttributeConverter<StatementKind, String> {

    @Override
    public String convertToDatabaseColumn(StatementKind kind) {
        return kind == null ? null : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public StatementKind convertToEntityAttribute(String column) {
        return column == null ? null : StatementKind.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
