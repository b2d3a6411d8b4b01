package id.penghubung.archfixture.ui;

import id.penghubung.archfixture.store.FixtureCache;

/** Part of the broken fixture: a view model that holds the cache itself instead of a narrow port. */
public final class CacheHoldingViewModel {
    private final FixtureCache cache;

    public CacheHoldingViewModel(FixtureCache cache) {
        this.cache = cache;
    }

    public String title(String id) {
        return cache.complaint(id);
    }
}
