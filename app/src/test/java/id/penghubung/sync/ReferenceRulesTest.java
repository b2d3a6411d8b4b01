package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireCalendarYear;
import id.penghubung.protocol.WireSlaPolicy;
import id.penghubung.protocol.WireTierRule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code print} reads only the deadline rules of the cached reference data ({@link ReferenceRules}): they must be the
 * rules the whole file's reading gives ({@link ReferenceCache}), so a case file printed by the command shows the
 * deadlines the desk shows.
 */
class ReferenceRulesTest {
    private static final List<CalendarDay> DAYS = WorkingCalendar.bundled().holidays().stream()
            .map(h -> new CalendarDay(h.date(), h.kind().name(), h.name(), h.estimated())).toList();

    @TempDir
    Path dir;

    /** Every part of the policy away from the defaults, so a part read wrongly or not at all shows. */
    private static WireSlaPolicy unusualPolicy() {
        return new WireSlaPolicy(4, 6, 12, 45, 8, List.of(new WireTierRule(CompletionTier.INFORMATION, 3, true),
                new WireTierRule(CompletionTier.FIELD_INSPECTION, 30, false)), CompletionTier.NO_FIELD_INSPECTION, 9, 4, 2, false);
    }

    private static ReferenceData published(WireSlaPolicy policy, WireCalendarEdition edition, String zone) {
        return new ReferenceData(List.of(), List.of(), List.of(), List.of(), policy, DAYS, edition, null, null, null, null, zone, null);
    }

    /** The file as {@link ReferenceCache} saves it. */
    private Path saved(ReferenceData data) throws IOException {
        ObjectMapper json = Json.lenient();
        ObjectNode root = json.createObjectNode();
        root.put("fetchedAt", "2026-11-30T01:00:00Z");
        root.set("data", json.valueToTree(data));
        Path file = dir.resolve("reference.json");
        Files.write(file, json.writeValueAsBytes(root));
        return file;
    }

    @Test
    void theRulesAreThoseTheWholeFileGives() throws IOException {
        WireCalendarEdition edition = new WireCalendarEdition("SKB server", LocalDate.parse("2026-11-30"),
                List.of(new WireCalendarYear(2027, "NOT_DECREED")));
        Path file = saved(published(unusualPolicy(), edition, "Asia/Makassar"));
        ReferenceData whole = new ReferenceCache(file).current().orElseThrow();

        ReferenceData rules = ReferenceRules.read(file).orElseThrow();

        assertThat(rules.slaPolicy()).isEqualTo(whole.slaPolicy()).isEqualTo(unusualPolicy());
        assertThat(rules.calendar()).isEqualTo(whole.calendar()).isEqualTo(DAYS);
        assertThat(rules.calendarEdition()).isEqualTo(whole.calendarEdition()).isEqualTo(edition);
        assertThat(rules.countingZone()).isEqualTo("Asia/Makassar");
        ServerRules fromWhole = ServerRules.standard();
        ServerRules fromRules = ServerRules.standard();
        assertThat(fromWhole.adopt(whole)).isTrue();
        assertThat(fromRules.adopt(rules)).isTrue();
        assertThat(fromRules.rulesFingerprint()).isEqualTo(fromWhole.rulesFingerprint());
        assertThat(fromRules.policy()).isEqualTo(fromWhole.policy());
    }

    @Test
    void theFixtureSetsEveryPartOfThePolicy() throws ReflectiveOperationException {
        // A part added to the policy later is null here until the fixture sets it, and then the test above reads it.
        for (RecordComponent part : WireSlaPolicy.class.getRecordComponents()) {
            assertThat(part.getAccessor().invoke(unusualPolicy())).as(part.getName()).isNotNull();
        }
    }

    @Test
    void anOlderServersFileReadsAsTheWholeFileReadsIt() throws IOException {
        Path file = saved(published(new WireSlaPolicy(3, 5, 10, 60, null), null, null));
        ReferenceData whole = new ReferenceCache(file).current().orElseThrow();

        ReferenceData rules = ReferenceRules.read(file).orElseThrow();

        assertThat(rules.slaPolicy()).isEqualTo(whole.slaPolicy());
        assertThat(rules.calendarEdition()).isNull();
        assertThat(rules.countingZone()).isNull();
    }

    @Test
    void aDamagedOrMissingFileGivesNoRules() throws IOException {
        assertThat(ReferenceRules.read(dir.resolve("absent.json"))).isEmpty();
        Path damaged = Files.writeString(dir.resolve("reference.json"), "{\"fetchedAt\": \"2026-11-30T01:00:00Z\", \"data\": {\"slaPol");
        assertThat(new ReferenceCache(damaged).current()).isEmpty();
        assertThat(ReferenceRules.read(damaged)).isEqualTo(Optional.empty());
        Path numberTier = Files.writeString(dir.resolve("number.json"),
                "{\"data\": {\"slaPolicy\": {\"completionDays\": 60, \"defaultTier\": 0}}}");
        assertThat(new ReferenceCache(numberTier).current()).isEmpty();
        assertThat(ReferenceRules.read(numberTier)).isEmpty();
    }
}
