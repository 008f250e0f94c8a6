package io.cxgate.record.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theLatestVersionIsTheHighestMigrationShipped() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMigrations.class.getResource("/io/cxgate/record/migrations").toURI());
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = VERSIONED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertEquals(highest, SchemaMigrations.LATEST);
    }
}
