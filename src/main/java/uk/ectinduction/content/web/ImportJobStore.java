package uk.ectinduction.content.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.ectinduction.content.ImportReport;

/**
 * Browser imports' progress and results in the database, where every app node can read them. Each write commits on
 * its own, even when the import calls in from inside its own transaction: a status page must see the progress now,
 * not when the import commits.
 */
@Component
class ImportJobStore {

    /** Finished imports kept for their result pages; older ones are forgotten as new ones start. */
    static final int REMEMBERED = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    UUID add() {
        UUID id = UUID.randomUUID();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("insert into content_import_job (id, state, stage) values (?, 'WAITING', 'Waiting to start')")
                    .param(id)
                    .update();
            jdbc.sql("""
                            delete from content_import_job where state in ('FINISHED', 'FAILED') and id not in (
                                select id from content_import_job order by started_at desc limit ?)""").param(REMEMBERED).update();
        });
        return id;
    }

    void running(UUID id) {
        write("update content_import_job set state = 'RUNNING', updated_at = now() where id = ?", id);
    }

    void progress(UUID id, int done, int total, String stage) {
        write(
                "update content_import_job set done = ?, total = ?, stage = ?, updated_at = now() where id = ?",
                done,
                total,
                stage,
                id);
    }

    void finished(UUID id, ImportReport report) {
        write(
                "update content_import_job set state = 'FINISHED', report = ?::jsonb, updated_at = now() where id = ?",
                json.writeValueAsString(report),
                id);
    }

    void failed(UUID id, String failure) {
        write(
                "update content_import_job set state = 'FAILED', failure = ?, updated_at = now() where id = ?",
                failure,
                id);
    }

    /** Forgets a job that never started (its queue was full). */
    void remove(UUID id) {
        write("delete from content_import_job where id = ?", id);
    }

    Optional<ImportStatus> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return jdbc.sql("select state, done, total, stage, report, failure from content_import_job where id = ?")
                .param(uuid)
                .query((row, n) -> status(
                        id,
                        row.getString("state"),
                        row.getInt("done"),
                        row.getInt("total"),
                        row.getString("stage"),
                        row.getString("report"),
                        row.getString("failure")))
                .optional();
    }

    private ImportStatus status(
            String id, String state, int done, int total, String stage, String report, String failure) {
        boolean finished = state.equals("FINISHED");
        boolean over = finished || state.equals("FAILED");
        int percent = finished ? 100 : total == 0 ? 0 : Math.min(99, done * 100 / total);
        return new ImportStatus(
                id,
                state,
                done,
                total,
                stage,
                percent,
                over,
                report == null ? null : json.readValue(report, ImportReport.class),
                failure);
    }

    private void write(String sql, Object... params) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql(sql).params(params).update());
    }
}
