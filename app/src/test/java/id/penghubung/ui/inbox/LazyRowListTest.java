package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.ui.common.QueuedExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The table's lazy row window, without the toolkit: pages on demand, bounded cache, newest query wins. */
class LazyRowListTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final List<Throwable> errors = new ArrayList<>();
    private final LazyRowList<Integer> rows = new LazyRowList<>(100, 3, background, Runnable::run, errors::add);

    /** 10,000 numbers that count the pages read. */
    private static final class Numbers implements PagedSource<Integer> {
        final int size;
        final List<Integer> offsets = new ArrayList<>();

        Numbers(int size) {
            this.size = size;
        }

        @Override
        public int count() {
            return size;
        }

        @Override
        public List<Integer> page(int offset, int limit) {
            offsets.add(offset);
            return IntStream.range(offset, Math.min(size, offset + limit)).boxed().toList();
        }
    }

    @Test
    void reloadCountsAndReadsTheFirstPageOnlyThenPagesOnDemand() {
        Numbers source = new Numbers(10_000);
        rows.reload(source);
        assertThat(rows).isEmpty(); // nothing until the background read is done
        background.runAll();

        assertThat(rows).hasSize(10_000);
        assertThat(source.offsets).containsExactly(0);
        assertThat(rows.get(99).row()).contains(99);
        assertThat(rows.get(5_000).loading()).isTrue();
        assertThat(background.size()).as("get() alone never loads").isZero();

        List<int[]> replaced = new ArrayList<>();
        rows.addListener((ListChangeListener<LazyRowList.Line<Integer>>) c -> {
            while (c.next()) {
                replaced.add(new int[] {c.getFrom(), c.getTo()});
            }
        });
        rows.ensureLoaded(5_000);
        rows.ensureLoaded(5_050); // same page, already on its way
        assertThat(background.size()).isEqualTo(1);
        background.runAll();

        assertThat(source.offsets).containsExactly(0, 5_000);
        assertThat(rows.get(5_050).row()).contains(5_050);
        assertThat(replaced).hasSize(1);
        assertThat(replaced.get(0)).containsExactly(5_000, 5_100);
    }

    @Test
    void theCacheHoldsAtMostMaxPagesAndEvictsTheLeastRecentlyUsed() {
        rows.reload(new Numbers(10_000));
        background.runAll();
        for (int page = 1; page <= 5; page++) {
            rows.ensureLoaded(page * 100);
            background.runAll();
        }
        assertThat(rows.cachedPages()).isEqualTo(3);
        assertThat(rows.peek(500)).contains(500);
        assertThat(rows.peek(0)).isEmpty(); // evicted, will be read again when scrolled back
        rows.ensureLoaded(0);
        background.runAll();
        assertThat(rows.peek(0)).contains(0);
    }

    @Test
    void anOlderQueryFinishingLastNeverOverwritesTheNewerOne() {
        rows.reload(new Numbers(7));
        rows.reload(new Numbers(42));
        background.run(1); // the newer one first
        background.run(0); // the older one arrives late
        assertThat(rows).hasSize(42);
    }

    @Test
    void aFailingReadIsReportedAndTheListStaysUsable() {
        rows.reload(new PagedSource<>() {
            @Override
            public int count() {
                throw new IllegalStateException("disk gone");
            }

            @Override
            public List<Integer> page(int offset, int limit) {
                return List.of();
            }
        });
        background.runAll();
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("disk gone");
        rows.reload(new Numbers(3));
        background.runAll();
        assertThat(rows).hasSize(3);
    }
}
