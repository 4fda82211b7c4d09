package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for the rows the import writes with plain JDBC, from a database sequence whose INCREMENT BY is
 * {@link #ALLOCATION}. They come through Hibernate's pooled optimizer, the one behind the entities'
 * {@code @SequenceGenerator(allocationSize = 50)}: each {@code nextval} reserves the fifty ids up to the value it
 * returns. An import of 700 pages asks the database fourteen times, not 700, and the sequence means the same to
 * every writer (see V29).
 */
final class PooledSequence {

    /** The sequences' INCREMENT BY: change both together. */
    static final int ALLOCATION = 50;

    private final PooledOptimizer optimizer = new PooledOptimizer(Long.class, ALLOCATION);
    private final AccessCallback database;

    /** @param nextval one {@code nextval} of the sequence */
    PooledSequence(LongSupplier nextval) {
        this.database = new AccessCallback() {
            @Override
            public IntegralDataTypeHolder getNextValue() {
                return IdentifierGeneratorHelper.getIntegralDataTypeHolder(Long.class)
                        .initialize(nextval.getAsLong());
            }

            @Override
            public String getTenantIdentifier() {
                return null;
            }
        };
    }

    /** @param sequence a sequence name from this code, never from input */
    static PooledSequence of(JdbcTemplate jdbc, String sequence) {
        return new PooledSequence(() -> jdbc.queryForObject("select nextval('" + sequence + "')", Long.class));
    }

    List<Long> next(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(((Number) optimizer.generate(database)).longValue());
        }
        return ids;
    }
}
