package id.penghubung.archfixture.store;

import id.penghubung.archfixture.model.ForbiddenModel;

/** Deliberately broken: a store that prints to standard output and closes a cycle with the model. */
public final class ChattyStore {
    public void tell(ForbiddenModel model) {
        System.out.println(model);
    }
}
