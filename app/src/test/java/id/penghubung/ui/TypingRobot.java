package id.penghubung.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.service.finder.WindowFinder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TestFX robot with two changes. {@link #lookup(String)} walks the scene graph on the FX thread: TestFX
 * walks it on the calling thread, and a test thread's walk that meets the FX thread changing a parent's
 * children fails with a NullPointerException inside {@code Parent.lookupAll} (seen once the tests ran faster).
 * It waits for the FX thread as long as the longest desk-test wait ({@link #FX_TURN_SECONDS}), so the
 * caller's own wait decides: a lookup inside a 60 s {@code waitFor} that gave up after 10 s of a busy FX
 * thread ended that wait early with an exception (SimilarDeskTest under load, right after a sign-in).
 * And {@link #write(String)} types each character as TestFX does (key
 * press, typed character, key release, into the scene of the focused window, queued in order on the
 * FX thread) but drains the FX events once after the whole text instead of after every character.
 * TestFX's wait is five rounds of 10 ms, so its typing costs at least 50 ms a character: over a
 * second for a user name and a password. Decision 0012.
 */
class TypingRobot extends FxRobot {
    /** No desk test waits longer than this for its window (120 s: CoordinationLoopDeskTest, OmbudsmanDeskTest). */
    static final long FX_TURN_SECONDS = 120;

    @Override
    public NodeQuery lookup(String query) {
        if (Platform.isFxApplicationThread()) {
            return super.lookup(query);
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> super.lookup(query)).get(FX_TURN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("lookup " + query, e);
        }
    }

    @Override
    public FxRobot write(String text) {
        Scene scene = typingWindow().getScene();
        BaseRobot keys = robotContext().getBaseRobot();
        for (char c : text.toCharArray()) {
            keys.typeKeyboard(scene, keyCode(c), Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The window TestFX's own typing picks: the focused one, else the target window, else the first. */
    private Window typingWindow() {
        WindowFinder windows = robotContext().getWindowFinder();
        Window focused = windows.window(Window::isFocused);
        if (focused != null) {
            return focused;
        }
        Window target = windows.targetWindow();
        return target != null ? target : windows.window(0);
    }

    private static KeyCode keyCode(char c) {
        return switch (c) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
    }
}
