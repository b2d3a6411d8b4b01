package id.penghubung.archfixture.ui.signin;

import id.penghubung.archfixture.ui.FixtureApp;

/** Part of the broken fixture: a view that reaches back to the application package. */
public final class FixtureSignInView {
    public String title() {
        return FixtureApp.name();
    }
}
