package id.penghubung.archfixture.ui;

/** Broken on purpose: a second top-level class of this simple name lives in another fixture package. */
public final class TwinName {
}
