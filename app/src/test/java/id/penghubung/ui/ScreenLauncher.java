package id.penghubung.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Test-scope launcher for looking at the real window (e.g. under Xvfb): opens the desk on a store
 * filled by {@link DeskFixture}. Arguments: store file, data folder, language, number of complaints
 * to create when the store file does not exist yet, and {@code ombudsman} for the Ombudsman desk or
 * {@code supervisorAnswers} for an officer whose agency lets only the atasan answer.
 */
public final class ScreenLauncher {
    private ScreenLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String lang = args.length > 2 ? args[2] : "id";
        if (!Files.exists(store)) {
            DeskFixture.fill(store, args.length > 3 ? Integer.parseInt(args[3]) : 5_000);
        }
        PenghubungApp.setClock(DeskFixture.CLOCK);
        boolean ombudsman = args.length > 4 && args[4].equals("ombudsman");
        // "supervisorAnswers": the agency's review policy lets only the atasan answer the reporter (issue 20).
        boolean supervisorAnswers = args.length > 4 && args[4].equals("supervisorAnswers");
        PenghubungApp.setDeskOpener(ctx -> ombudsman ? DeskFixture.ombudsmanParts(store)
                : supervisorAnswers ? RoleCheckDeskTest.reviewed(DeskFixture.parts(store)) : DeskFixture.parts(store));
        Application.launch(PenghubungApp.class, "--data=" + data, "--lang=" + lang);
    }
}
