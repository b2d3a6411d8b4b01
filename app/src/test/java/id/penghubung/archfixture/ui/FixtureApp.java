package id.penghubung.archfixture.ui;

import id.penghubung.archfixture.ui.signin.FixtureSignInView;

/** Deliberately broken: the application knows its view, and the view reaches back for a constant. */
public final class FixtureApp {
    public static String name() {
        return "Fixture";
    }

    public Object start() {
        return new FixtureSignInView();
    }
}
