package id.penghubung.archfixture.central;

import id.penghubung.archfixture.store.UpwardStore;

/** Deliberately broken: the training server reaching into the client's cache. */
public final class ReachingCentral {
    public Object peek(UpwardStore store) {
        return store.connection();
    }
}
