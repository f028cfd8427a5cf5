package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer's keys sort as the order they stand for, and read back to it. */
class ArrivalOrderTest {

    static final Comparator<ArrivalOrder> INTENDED = Comparator.comparingLong(ArrivalOrder::arrival)
            .thenComparingLong(ArrivalOrder::published).thenComparing(ArrivalOrder::articleId)
            .thenComparing(ArrivalOrder::recordKey).thenComparingInt(ArrivalOrder::paragraph).thenComparingInt(ArrivalOrder::position);

    @Test
    void keysSortInArrivalThenPublicationThenArticleThenReadingOrder() {
        Random r = new Random(20261201L);
        String[] ids = {"a", "a-b", "ab", "b", "seed-010", "seed-9"};
        String[] metrics = {"killed/gaza", "killed/gaza@24h", "injured/gaza"};
        List<ArrivalOrder> orders = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            orders.add(new ArrivalOrder(r.nextInt(5) - 2 + (r.nextBoolean() ? 1_780_000_000_000L : 0),
                    r.nextInt(3) - 1L, ids[r.nextInt(ids.length)], metrics[r.nextInt(metrics.length)],
                    r.nextInt(300), r.nextInt(70_000)));
        }
        List<ArrivalOrder> byKey = orders.stream().sorted(Comparator.comparing(ArrivalOrder::encoded)).toList();
        assertThat(byKey).isEqualTo(orders.stream().sorted(INTENDED).toList());
        orders.forEach(o -> assertThat(ArrivalOrder.ofEncoded(o.encoded())).isEqualTo(o));
    }

    @Test
    void keysAreTheBytesEarlierVersionsWroteSoThatHeldRecordsSurviveAnUpgrade() {
        // the form written with String.format before: the buffers' stores hold such keys
        ArrivalOrder[] orders = {new ArrivalOrder(1_780_000_000_123L, -5, "a", "killed/x", 0, 0),
                new ArrivalOrder(Long.MIN_VALUE, Long.MAX_VALUE, "seed-9", "k", Integer.MAX_VALUE, -1),
                new ArrivalOrder(0, 1, "b", "injured/gaza@24h", 299, 69_999)};
        for (ArrivalOrder o : orders) {
            String before = String.format(java.util.Locale.ROOT, "%016x\u0001%016x\u0001%s\u0001%s\u0001%08x\u0001%08x",
                    o.arrival() ^ Long.MIN_VALUE, o.published() ^ Long.MIN_VALUE, o.articleId(), o.recordKey(), o.paragraph(), o.position());
            assertThat(o.encoded()).isEqualTo(before);
        }
    }

    @Test
    void oneArticlesClaimsAboutOneMetricAreOneReport() {
        ArrivalOrder a = new ArrivalOrder(1, 2, "a", "killed/x", 0, 5);
        assertThat(a.sameReport(new ArrivalOrder(1, 2, "a", "killed/x", 4, 0))).isTrue();
        assertThat(a.sameReport(new ArrivalOrder(1, 2, "a", "injured/x", 0, 5))).isFalse();
        assertThat(a.sameReport(new ArrivalOrder(1, 2, "b", "killed/x", 0, 5))).isFalse();
    }

    @Test
    void anIdHoldingTheSeparatorStillGivesAReadableKey() {
        ArrivalOrder odd = new ArrivalOrder(1, 2, "a\u0001b", "killed/x", 0, 5);
        ArrivalOrder read = ArrivalOrder.ofEncoded(odd.encoded());
        assertThat(read.arrival()).isEqualTo(1);
        assertThat(read.recordKey()).isEqualTo("killed/x");
        assertThat(read.articleId()).isEqualTo("a\uFFFDb");
    }

    @Test
    void aKeyThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> ArrivalOrder.ofEncoded("killed/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
