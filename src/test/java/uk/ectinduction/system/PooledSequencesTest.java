package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.support.IntegrationTest;

/** Every sequence PooledSequence draws from steps by the block it takes, as V29 and V80 make them. */
@IntegrationTest
class PooledSequencesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSequencesOfBatchedRowsStepByTheAllocationSize() {
        assertThat(jdbc.sql(
                                "select sequencename, increment_by from pg_sequences where sequencename in "
                                        + "('content_page_id_seq', 'page_version_id_seq', 'next_step_action_id_seq') order by 1")
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly(
                        "content_page_id_seq=" + PooledSequence.ALLOCATION,
                        "next_step_action_id_seq=" + PooledSequence.ALLOCATION,
                        "page_version_id_seq=" + PooledSequence.ALLOCATION);
    }
}
