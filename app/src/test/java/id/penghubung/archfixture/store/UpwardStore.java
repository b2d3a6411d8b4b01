package id.penghubung.archfixture.store;

import java.sql.Connection;

/** Part of the broken fixture: the store that the model wrongly reaches for. */
public interface UpwardStore {
    Connection connection();
}
