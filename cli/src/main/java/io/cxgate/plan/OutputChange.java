package io.cxgate.plan;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of {@code output_changes}, redacted. */
public record OutputChange(String name, Action action, JsonNode before, JsonNode after, boolean afterUnknown,
                           boolean sensitive) {
}
