package uk.ectinduction.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for rows written in batches (an import's pages and versions, a meeting's next-step actions), from a database
 * sequence whose INCREMENT BY is {@link #ALLOCATION}. They come through Hibernate's pooled optimizer, the one behind the entities'
 * {@code @SequenceGenerator(allocationSize = 50)}: each {@code nextval} reserves the fifty ids up to the value it
 * returns. An import of 700 pages asks the database fourteen times, not 700, and the sequence means the same to
 * every writer (see V29).
 */
public final class PooledSequence {

    /** The sequences' INCREMENT BY: change both together. */
    public static final int ALLOCATION = 50;

    private final PooledOptimizer optimizer = new PooledOptimizer(Long.class, ALLOCATION);
    private final AccessCallback database;

    /** @param nextval one {@code nextval} of the sequence */
    public PooledSequence(LongSupplier nextval) {
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
    public static PooledSequence of(JdbcTemplate jdbc, String sequence) {
        return new PooledSequence(() -> jdbc.queryForObject("select nextval('" + sequence + "')", Long.class));
    }

    public List<Long> next(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(((Number) optimizer.generate(database)).longValue());
        }
        return ids;
    }
}
