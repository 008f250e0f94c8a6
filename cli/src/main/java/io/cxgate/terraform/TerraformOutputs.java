package io.cxgate.terraform;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.cxgate.CxgateException;

/** Reads the few facts cxgate keeps from terraform's {@code state pull} and {@code version -json} output. */
public final class TerraformOutputs {
    private static final JsonFactory JSON = new JsonFactory();

    private TerraformOutputs() {
    }

    /** The state's lineage and serial; both empty when the workspace has no state yet. */
    public record StateFacts(Optional<String> lineage, Optional<Long> serial) {
        public static final StateFacts NONE = new StateFacts(Optional.empty(), Optional.empty());
    }

    /**
     * Lineage and serial from the top level of {@code terraform state pull}'s output, streamed (the state itself,
     * secret-bearing, is neither kept nor shown). Empty output (no state yet) gives {@link StateFacts#NONE}.
     */
    public static StateFacts state(byte[] output) {
        if (isBlank(output)) {
            return StateFacts.NONE;
        }
        String lineage = null;
        Long serial = null;
        try (JsonParser p = JSON.createParser(output)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CxgateException("terraform state pull: the output is not a terraform state (not a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("lineage".equals(field) && value == JsonToken.VALUE_STRING) {
                    lineage = p.getText();
                } else if ("serial".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    serial = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new CxgateException("terraform state pull: the output is not a terraform state: "
                    + e.getClass().getSimpleName(), e);
        }
        if (lineage == null || serial == null) {
            throw new CxgateException("terraform state pull: the output has no " + (lineage == null ? "lineage" : "serial")
                    + " (is the backend's state a terraform state?)");
        }
        return new StateFacts(Optional.of(lineage), Optional.of(serial));
    }

    /** {@code terraform_version} from {@code terraform version -json} (terraform 0.13 and later, every OpenTofu). */
    public static String version(byte[] output) {
        try (JsonParser p = JSON.createParser(output)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("terraform_version".equals(field) && value == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // reported below
        }
        throw new CxgateException("terraform version -json: no terraform_version in the output"
                + " (cxgate needs terraform 0.13 or later, or OpenTofu)");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
