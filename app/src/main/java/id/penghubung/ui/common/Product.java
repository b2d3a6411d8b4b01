package id.penghubung.ui.common;

/** The product's name, the same in every language: window titles and the sign-in card start with it. */
public final class Product {
    public static final String NAME = "Penghubung";

    private Product() {
    }
}
