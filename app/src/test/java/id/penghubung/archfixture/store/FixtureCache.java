package id.penghubung.archfixture.store;

/** Part of the broken fixture: a cache that is opened and closed, as the real case store is. */
public final class FixtureCache implements AutoCloseable {
    public String complaint(String id) {
        return id;
    }

    @Override
    public void close() {
    }
}
