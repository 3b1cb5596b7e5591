package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The user documentation names every message type, wire property and default limit that the code defines. */
class DocumentationTest {

    private static final Path DOCUMENT = Path.of("../docs/canonical-model.md");

    @Test
    void documentationCoversTheContract() throws IOException, IllegalAccessException {
        assertThat(DOCUMENT).as("docs/canonical-model.md next to the module").exists();
        String text = Files.readString(DOCUMENT);
        for (MessageType type : MessageTypes.all()) {
            assertThat(text).contains("| `" + type.name() + "` |");
        }
        for (Field constant : WireContract.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers())) {
                assertThat(text).contains("`" + constant.get(null) + "`");
            }
        }
        assertThat(text).contains(MessageTypes.NAMESPACE, MessageTypes.XSD_RESOURCE, MessageTypes.INDEX_RESOURCE,
                "| `maxNestingDepth` | " + ParserLimits.DEFAULTS.maxNestingDepth() + " |",
                "| `maxNumberLength` | " + ParserLimits.DEFAULTS.maxNumberLength() + " characters |",
                "| `maxNameLength` | " + ParserLimits.DEFAULTS.maxNameLength() + " characters |",
                String.format(Locale.ROOT, "%,d bytes", ParserLimits.DEFAULTS.maxDocumentBytes()),
                String.format(Locale.ROOT, "%,d characters", ParserLimits.DEFAULTS.maxStringLength()));
    }
}
