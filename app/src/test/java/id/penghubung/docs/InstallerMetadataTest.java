package id.penghubung.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an installer tells an agency about the program is real: a licence at the top, vendor,
 * maintainer, homepage and copyright set once in installer/pom.xml and handed to jpackage, and no
 * placeholder address left anywhere in the packaging files.
 */
class InstallerMetadataTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)example\\.(org|com|net)|change-?me");
    private static final List<String> METADATA = List.of("installer.vendor", "installer.maintainerEmail",
            "installer.homepage", "installer.copyright");

    @Test
    void theProjectHasALicenceAndNotice() throws IOException {
        Path top = repositoryTop();
        assertThat(Files.readString(top.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(top.resolve("NOTICE"))).contains("Apache License, Version 2.0", "THIRD-PARTY.txt");
    }

    @Test
    void everyInstallerGetsRealMetadata() throws IOException {
        Path installer = repositoryTop().resolve("installer");
        String pom = Files.readString(installer.resolve("pom.xml"));
        for (String property : METADATA) {
            Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]*)</").matcher(pom);
            assertThat(m.find()).as(property + " in installer/pom.xml").isTrue();
            assertThat(m.group(1)).as(property).isNotBlank().doesNotContainPattern(PLACEHOLDER).doesNotContain("localhost");
        }
        assertThat(pom).contains("<artifactId>license-maven-plugin</artifactId>", "<goal>add-third-party</goal>");
        String build = Files.readString(installer.resolve("build.xml"));
        assertThat(build).contains("--about-url", "--license-file", "--linux-deb-maintainer ${installer.maintainerEmail}",
                "--vendor", "--copyright", "THIRD-PARTY.txt", "<target name=\"check-metadata\">");
    }

    @Test
    void noPackagingFileHoldsAPlaceholder() throws IOException {
        Path installer = repositoryTop().resolve("installer");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(installer)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !installer.relativize(p).startsWith("target"))
                    .filter(p -> p.toString().matches(".*\\.(xml|args|sh|properties|desktop)$")
                            || p.getParent().getFileName().toString().equals("resources"))
                    .toList()) {
                String text = Files.readString(file);
                // The check itself (build.xml, the pom's comment, check-deb-clean.sh) names the placeholders on purpose.
                Matcher m = PLACEHOLDER.matcher(text.replaceAll("(?s)<target name=\"check-metadata\">.*?</target>", "")
                        .replaceAll("\\(example\\.org, example\\.com, localhost, CHANGE-ME\\)", "")
                        .replaceAll("grep -Eiq '[^']*'", ""));
                if (m.find()) {
                    found.add(installer.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("placeholders in the packaging files").isEmpty();
    }

    private static Path repositoryTop() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("installer").resolve("build.xml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's top (installer/build.xml)").isNotNull();
        return dir;
    }
}
