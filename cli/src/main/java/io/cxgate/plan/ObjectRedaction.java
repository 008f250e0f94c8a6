package io.cxgate.plan;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.plan.internal.ValueRedactor;
import io.cxgate.redact.Redactor;

/**
 * The one redaction rule of plan values, for JSON that is not a plan: a Platform API entity kept as a live
 * pre-change copy. Values stored under a secret's name ({@link io.cxgate.redact.SecretNames}, at any depth, plain
 * booleans excepted) become {@code (sensitive)}, and every string is masked by the redactor (the credentials
 * cxgate uses, the config's {@code maskPatterns}). The resource catalog's sensitive attributes are Terraform paths,
 * so they do not apply to API field names; names and patterns do.
 */
public final class ObjectRedaction {
    private ObjectRedaction() {
    }

    /** A redacted copy of {@code value}; the argument is not changed. */
    public static JsonNode redact(JsonNode value, Redactor redactor) {
        return new ValueRedactor(null, redactor).redactResource(value, null);
    }
}
