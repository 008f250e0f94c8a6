package io.cxgate.config;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the config fixtures are: {@code src/test/resources/config}, as copied to the test classpath. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/config").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path dir(String name) {
        return dir().resolve(name);
    }
}
