package id.penghubung.ui.inbox;

import java.util.List;

/**
 * Rows the table can show, read a page at a time. Called on a background thread; one source
 * stands for one query (a view with its filter and sort, or a search's results).
 */
public interface PagedSource<T> {
    int count();

    List<T> page(int offset, int limit);

    /** A fixed list, e.g. search results, which are bounded. */
    static <T> PagedSource<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return new PagedSource<>() {
            @Override
            public int count() {
                return copy.size();
            }

            @Override
            public List<T> page(int offset, int limit) {
                return copy.subList(Math.min(offset, copy.size()), Math.min(offset + limit, copy.size()));
            }
        };
    }
}
