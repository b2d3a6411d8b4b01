package id.penghubung.archfixture.casefile;

import id.penghubung.archfixture.store.UpwardStore;

/** Deliberately broken: a case-file class that reads the cache instead of being handed what it prints. */
public final class CacheReadingCaseFile {
    public Object read(UpwardStore store) {
        return store.connection();
    }
}
