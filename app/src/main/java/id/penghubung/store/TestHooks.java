package id.penghubung.store;

/** Test hooks of a {@link CaseStore} ({@link CaseStore#forTest()}): reach its connections directly. */
final class TestHooks {
    private final Db writer;
    private final SearchIndex search;
    private final WalCheckpointer checkpoints;

    TestHooks(Db writer, SearchIndex search, WalCheckpointer checkpoints) {
        this.writer = writer;
        this.search = search;
        this.checkpoints = checkpoints;
    }

    /** runs a statement on the writer connection (e.g. PRAGMA max_page_count). */
    void exec(String sql) {
        writer.locked(() -> {
            writer.exec(sql);
            return null;
        });
    }

    /** runs a statement on the search index's own connection. */
    void execOnSearchIndex(String sql) {
        search.execForTest(sql);
    }

    /** an FTS5 setting of the search index as stored (e.g. automerge). */
    int searchSetting(String key) {
        return search.settingForTest(key);
    }

    /** merges the search index until FTS5 finds nothing left to merge. */
    void mergeSearchIndex() {
        Db.await(search.resumeMerging(() -> true));
    }

    /** waits until the background checkpoint asked for so far has run. */
    void awaitCheckpoint() {
        checkpoints.awaitIdle();
    }
}
