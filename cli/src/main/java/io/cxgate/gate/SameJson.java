package io.cxgate.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether two JSON files hold the same JSON value: whitespace, member order and number spelling aside. Terraform
 * writes {@code show -json} the same way every time, so the two files are first compared token by token without
 * holding either in memory; only when that finds a difference are both read whole and compared as trees, so that a
 * mere reordering of members is not called a difference.
 */
public final class SameJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private SameJson() {
    }

    /** @throws IOException when either file is not readable JSON */
    public static boolean same(Path a, Path b) throws IOException {
        if (sameTokens(a, b)) {
            return true;
        }
        return Objects.equals(MAPPER.readTree(a.toFile()), MAPPER.readTree(b.toFile()));
    }

    static boolean sameTokens(Path a, Path b) throws IOException {
        try (JsonParser x = FACTORY.createParser(a.toFile()); JsonParser y = FACTORY.createParser(b.toFile())) {
            while (true) {
                JsonToken t = x.nextToken();
                if (t != y.nextToken()) {
                    return false;
                }
                if (t == null) {
                    return true;
                }
                switch (t) {
                    case FIELD_NAME, VALUE_STRING -> {
                        if (!x.getText().equals(y.getText())) {
                            return false;
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (x.getDecimalValue().compareTo(y.getDecimalValue()) != 0) {
                            return false;
                        }
                    }
                    default -> { }
                }
            }
        }
    }
}
