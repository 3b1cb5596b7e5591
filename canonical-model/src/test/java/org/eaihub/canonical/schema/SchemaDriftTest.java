package org.eaihub.canonical.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas under {@code src/main/resources/org/eaihub/canonical/schema/} must be exactly what the model
 * generates, so that they cannot drift from the bindings. With {@code -Dcanonical.schemas.update=true} the test
 * writes them instead.
 */
class SchemaDriftTest {

    static final String UPDATE_PROPERTY = "canonical.schemas.update";
    static final String REGENERATE_COMMAND =
            "./mvnw -B -pl canonical-model test -Dtest=SchemaDriftTest -D" + UPDATE_PROPERTY + "=true";

    @Test
    void committedSchemasAreWhatTheModelGenerates() throws IOException {
        Map<String, String> generated = PublishedSchemas.generate();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(generated);
        }
        List<String> drifted = new ArrayList<>();
        generated.forEach((file, content) -> {
            if (!content.equals(PublishedSchemas.committed(file))) {
                drifted.add(file);
            }
        });
        for (String file : committedFiles()) {
            if (!generated.containsKey(file)) {
                drifted.add(file + " (no longer generated)");
            }
        }
        assertThat(drifted)
                .as("The published schemas differ from the model in %s. Regenerate them with%n  %s%n"
                        + "(from the repository root), review the diff and commit %s.",
                        drifted, REGENERATE_COMMAND, "canonical-model/" + PublishedSchemas.SOURCE_DIRECTORY)
                .isEmpty();
    }

    private static void write(Map<String, String> generated) throws IOException {
        for (String stale : committedFiles()) {
            if (!generated.containsKey(stale)) {
                Files.delete(PublishedSchemas.SOURCE_DIRECTORY.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = PublishedSchemas.SOURCE_DIRECTORY.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static List<String> committedFiles() throws IOException {
        Path root = PublishedSchemas.SOURCE_DIRECTORY;
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
