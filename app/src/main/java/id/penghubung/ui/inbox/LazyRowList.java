package id.penghubung.ui.inbox;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The table's items: a list as long as the query's result that holds only a few pages of rows.
 * {@link #get(int)} answers from the page cache or returns a placeholder; {@link #ensureLoaded(int)}
 * (called by the rows on screen) loads the missing page on a background thread; when the page arrives the rows are swapped in with a change event, so the
 * table only ever asks for what is on screen. Never holds all rows: at most {@code maxPages}
 * pages are cached (least recently used goes first).
 *
 * <p>Not thread-safe by itself: every method runs on the UI thread; the background executor only
 * runs the source's reads and hands results back through the UI executor.
 */
public final class LazyRowList<T> extends ObservableListBase<LazyRowList.Line<T>> {
    /** One row of the table: the row, or empty while its page loads. */
    public record Line<T>(int index, Optional<T> row) {
        public boolean loading() {
            return row.isEmpty();
        }
    }

    private final int pageSize;
    private final int maxPages;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Throwable> onError;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> inFlight = new HashSet<>();
    private PagedSource<T> source;
    private int size;
    private long generation;
    private Runnable onLoaded = () -> { };

    public LazyRowList(int pageSize, int maxPages, Executor background, Executor ui, Consumer<Throwable> onError) {
        if (pageSize < 1 || maxPages < 1) {
            throw new IllegalArgumentException("pageSize and maxPages must be positive");
        }
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.pages = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Called (on the UI thread) whenever a reload's count or a page arrives; for "loading" indicators and tests. */
    public void setOnLoaded(Runnable value) {
        onLoaded = Objects.requireNonNull(value);
    }

    /**
     * Shows another query: counts it in the background, then replaces the whole list. The first
     * page is read in the same background step so the table never flashes placeholders on a reload.
     */
    public void reload(PagedSource<T> next) {
        long gen = ++generation;
        source = next;
        inFlight.clear();
        background.execute(() -> {
            try {
                int count = next.count();
                List<T> first = count == 0 ? List.of() : List.copyOf(next.page(0, pageSize));
                ui.execute(() -> {
                    if (gen != generation) {
                        return; // a newer query won
                    }
                    replaceAll(count, first);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept(e));
            }
        });
    }

    /** Forgets cached pages and reloads the current query (after a sync or an action). */
    public void refresh() {
        if (source != null) {
            reload(source);
        }
    }

    private void replaceAll(int count, List<T> first) {
        int old = size;
        pages.clear();
        if (!first.isEmpty()) {
            pages.put(0, first);
        }
        size = count;
        beginChange();
        nextReplace(0, count, placeholders(old));
        endChange();
        onLoaded.run();
    }

    @Override
    public Line<T> get(int index) {
        Objects.checkIndex(index, size);
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows != null && index - page * pageSize < rows.size()) {
            return new Line<>(index, Optional.of(rows.get(index - page * pageSize)));
        }
        return new Line<>(index, Optional.empty());
    }

    /**
     * Loads the page holding {@code index} unless it is cached or on its way. The table's rows call
     * this for placeholders they actually display; {@link #get(int)} itself never loads, because the
     * table's selection and accessibility code may walk items far outside the viewport.
     */
    public void ensureLoaded(int index) {
        if (index >= 0 && index < size && peek(index).isEmpty()) {
            request(index / pageSize);
        }
    }

    /** The row at an index if its page is cached; never triggers a load. */
    public Optional<T> peek(int index) {
        if (index < 0 || index >= size) {
            return Optional.empty();
        }
        List<T> rows = pages.get(index / pageSize);
        int at = index % pageSize;
        return rows != null && at < rows.size() ? Optional.of(rows.get(at)) : Optional.empty();
    }

    private void request(int page) {
        if (source == null || !inFlight.add(page)) {
            return;
        }
        long gen = generation;
        PagedSource<T> src = source;
        background.execute(() -> {
            try {
                List<T> rows = List.copyOf(src.page(page * pageSize, pageSize));
                ui.execute(() -> arrived(gen, page, rows));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    inFlight.remove(page);
                    onError.accept(e);
                });
            }
        });
    }

    private void arrived(long gen, int page, List<T> rows) {
        if (gen != generation) {
            return;
        }
        inFlight.remove(page);
        pages.put(page, rows);
        while (pages.size() > maxPages) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * pageSize;
        int to = Math.min(size, from + rows.size());
        if (from < to) {
            beginChange();
            List<Line<T>> removed = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                removed.add(new Line<>(i, Optional.empty()));
            }
            nextReplace(from, to, removed);
            endChange();
        }
        onLoaded.run();
    }

    @Override
    public int size() {
        return size;
    }

    /** How many pages are cached now (bounded by maxPages). */
    public int cachedPages() {
        return pages.size();
    }

    public int pageSize() {
        return pageSize;
    }

    /** A list of n placeholders without allocating n objects up front. */
    private static <T> List<Line<T>> placeholders(int n) {
        return new AbstractList<>() {
            @Override
            public Line<T> get(int index) {
                return new Line<>(index, Optional.empty());
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
