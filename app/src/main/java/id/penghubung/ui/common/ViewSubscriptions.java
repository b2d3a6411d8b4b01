package id.penghubung.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.util.Subscription;

/**
 * What a view registers while it is on screen, in the style of Bisq 2's views: listeners,
 * bindings and subscriptions are added in {@code activate()} through this helper and all removed
 * by one {@link #dispose()} in {@code deactivate()}, so a view that is closed (or rebuilt for
 * another language) leaves nothing behind on its view model. A view's constructor only builds
 * nodes; {@code ArchitectureTest} fails when a view constructor adds a listener.
 */
public final class ViewSubscriptions {
    private final List<Subscription> active = new ArrayList<>();

    /** Calls {@code listener} on every change of {@code value} until {@link #dispose()}. */
    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        active.add(() -> value.removeListener(listener));
    }

    /** Calls {@code listener} on every change of {@code list} until {@link #dispose()}. */
    public <E> void onChange(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        active.add(() -> list.removeListener(listener));
    }

    /** Calls {@code listener} on every change of {@code map} until {@link #dispose()}. */
    public <K, V> void onChange(ObservableMap<K, V> map, MapChangeListener<? super K, ? super V> listener) {
        map.addListener(listener);
        active.add(() -> map.removeListener(listener));
    }

    /** Calls {@code listener} whenever {@code observable} becomes invalid until {@link #dispose()}. */
    public void onInvalidate(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        active.add(() -> observable.removeListener(listener));
    }

    /** {@code target} follows {@code source} until {@link #dispose()}. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        active.add(target::unbind);
    }

    /** {@code a} and {@code b} follow each other until {@link #dispose()}. */
    public <T> void bindBidirectional(Property<T> a, Property<T> b) {
        a.bindBidirectional(b);
        active.add(() -> a.unbindBidirectional(b));
    }

    /** Any other registration, undone by {@link #dispose()}. */
    public void add(Subscription subscription) {
        active.add(Objects.requireNonNull(subscription));
    }

    /** How many registrations are live (0 after {@link #dispose()}). */
    public int size() {
        return active.size();
    }

    /** Undoes every registration, the latest first; calling it again does nothing. */
    public void dispose() {
        for (int i = active.size() - 1; i >= 0; i--) {
            active.get(i).unsubscribe();
        }
        active.clear();
    }
}
