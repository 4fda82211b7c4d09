package uk.ectinduction.learninglog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordCsvTest {

    @Test
    void everyFormulaStartGetsALeadingApostropheAndOrdinaryTextIsLeftAlone() {
        assertThat(RecordCsv.safe("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(RecordCsv.safe("+44 1234")).isEqualTo("'+44 1234");
        assertThat(RecordCsv.safe("-2")).isEqualTo("'-2");
        assertThat(RecordCsv.safe("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(RecordCsv.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(RecordCsv.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(RecordCsv.safe("Phone home = better")).isEqualTo("Phone home = better");
        assertThat(RecordCsv.safe("")).isEmpty();
        assertThat(RecordCsv.safe(null)).isEmpty();
    }
}
