package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every command's help says what each option does, in its own words (issue 15). */
class CliHelpTest {
    private static final Pattern OPTION = Pattern.compile("^  (?:-\\w, |    )(--[\\w-]+)(?:=\\S+(?: \\S+)*?)?(?:\\s{2,}(.*))?$");

    private static String help(String... command) {
        StringWriter out = new StringWriter();
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        assertThat(Launcher.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))).isZero();
        return out.toString();
    }

    @Test
    void everyOptionOfEveryCommandHasADescription() {
        for (String command : List.of("demo", "central", "sync", "export", "print")) {
            String text = help(command);
            int options = 0;
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = OPTION.matcher(lines.get(i));
                if (m.matches()) {
                    options++;
                    // A long option puts its description on the next line, indented past the option column.
                    String description = m.group(2) != null ? m.group(2)
                            : i + 1 < lines.size() && lines.get(i + 1).startsWith("        ") ? lines.get(i + 1).strip() : "";
                    assertThat(description).as("%s %s in:%n%s", command, m.group(1), text).isNotBlank();
                }
            }
            assertThat(options).as(command).isGreaterThan(2);
        }
    }

    @Test
    void printHelpSaysWhatPrintsAndOffersIdentitiesOffByDefault() {
        String text = help("print");
        assertThat(text).doesNotContain("diekspor");
        assertThat(text).containsPattern("--user=NAME\\s+Akun yang mencetak");
        assertThat(text).containsPattern("--with-identities\\s+Cetak identitas pelapor");
        assertThat(help("export")).containsPattern("--user=NAME\\s+Akun yang pengaduannya diekspor");
    }
}
