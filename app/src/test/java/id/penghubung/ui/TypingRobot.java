package id.penghubung.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.service.finder.WindowFinder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TestFX robot with one change: {@link #write(String)} types each character as TestFX does (key
 * press, typed character, key release, into the scene of the focused window, queued in order on the
 * FX thread) but drains the FX events once after the whole text instead of after every character.
 * TestFX's wait is five rounds of 10 ms, so its typing costs at least 50 ms a character: over a
 * second for a user name and a password. Decision 0012.
 */
class TypingRobot extends FxRobot {
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
