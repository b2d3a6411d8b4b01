package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.SignInService;
import id.penghubung.ui.DesktopLauncher;
import id.penghubung.ui.DesktopUnavailableException;
import id.penghubung.ui.PenghubungApp;
import id.penghubung.ui.signin.SignInPort.DemoAccount;
import id.penghubung.ui.signin.SyncSignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Opens the desktop application on its sign-in screen, with the real sync behind it. */
final class DesktopStart {
    private DesktopStart() {
    }

    static void run(Path dataFolder, Locale locale, String defaultServer, List<DemoAccount> demoAccounts) {
        // What a killed print or export left in the private spool goes at start.
        PrivateSpool.in(dataFolder).sweep();
        SignInService signIn = SignInService.standard(dataFolder, ImportedCalendar.holder(dataFolder));
        try {
            DesktopLauncher.launch(dataFolder, locale, new PenghubungApp.SignInSetup(
                    new SyncSignIn(signIn, SessionReference::of, Clock.systemUTC()), defaultServer, demoAccounts));
        } catch (DesktopUnavailableException unavailable) {
            // A bare machine: say what to install (or that there is no display) instead of a stack trace.
            Messages messages = Messages.of(locale);
            throw new CommandProblem(ExitCodes.NO_DESKTOP, switch (unavailable.reason()) {
                case MISSING_LIBRARIES -> messages.get("cli.desktop.missingLibraries");
                case NO_DISPLAY -> messages.get("cli.desktop.noDisplay");
            });
        }
    }
}
