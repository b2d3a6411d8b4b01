package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The training world's response templates say which action each is written for (issue 15). */
class TemplateTypesTest {
    @Test
    void eachSeededTemplateNamesItsActionType() {
        Map<String, List<ActionType>> byId = SeedTexts.get().responseTemplates.stream()
                .collect(Collectors.toMap(SeedTexts.NamedText::id, SeedTexts.NamedText::actionTypes));
        assertThat(byId).containsEntry("bukan-wewenang", List.of(ActionType.NOT_AUTHORIZED))
                .containsEntry("minta-keterangan", List.of(ActionType.REQUEST_INFO))
                .containsEntry("selesai-ditangani", List.of(ActionType.COMPLETE))
                .containsEntry("terima-kasih-diteruskan", List.of(ActionType.RESPOND));
        assertThat(SeedTexts.get().responseTemplates).allSatisfy(t -> assertThat(t.body()).doesNotStartWith("jenis:"));
    }
}
