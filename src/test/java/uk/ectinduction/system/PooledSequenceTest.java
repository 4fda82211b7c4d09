package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Ids from a sequence that steps by fifty, as V29 leaves the content sequences, without a database. */
class PooledSequenceTest {

    /** A sequence stepping by 50 from {@code last}, as Postgres answers nextval, counting the calls. */
    static final class Sequence implements LongSupplier {
        final List<Long> answered = new ArrayList<>();
        long last;
        boolean called;

        Sequence(long last, boolean called) {
            this.last = last;
            this.called = called;
        }

        @Override
        public long getAsLong() {
            last = called ? last + PooledSequence.ALLOCATION : last;
            called = true;
            answered.add(last);
            return last;
        }
    }

    @Test
    void oneNextvalReservesTheFiftyIdsUpToItsValue() {
        Sequence sequence = new Sequence(37, true); // V29 sets it to the highest id in use
        PooledSequence ids = new PooledSequence(sequence);
        assertThat(ids.next(3)).containsExactly(38L, 39L, 40L);
        assertThat(ids.next(47)).last().isEqualTo(87L);
        assertThat(sequence.answered).containsExactly(87L);
        assertThat(ids.next(2)).containsExactly(88L, 89L);
        assertThat(sequence.answered).containsExactly(87L, 137L);
    }

    @Test
    void aThousandIdsTakeTwentyCallsAndNeverRepeat() {
        Sequence sequence = new Sequence(1, true);
        List<Long> ids = new PooledSequence(sequence).next(1000);
        assertThat(ids)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(2, 1001).boxed().toList());
        assertThat(sequence.answered).hasSize(20);
    }

    @Test
    void twoWritersOnOneSequenceGetBlocksThatDoNotMeet() {
        Sequence sequence = new Sequence(100, true);
        PooledSequence first = new PooledSequence(sequence);
        PooledSequence second = new PooledSequence(sequence);
        List<Long> a = new ArrayList<>(first.next(10));
        List<Long> b = second.next(60);
        a.addAll(first.next(45));
        assertThat(a).doesNotContainAnyElementsOf(b).doesNotHaveDuplicates();
        assertThat(b).doesNotHaveDuplicates();
    }
}
