package io.cxgate.genesys.emulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.source.OrgObject;

/**
 * {@code GET /api/v2/outbound/wrapupcodemappings}: ONE WrapUpCodeMapping object (SDK model WrapUpCodeMapping:
 * {@code id, name, dateCreated, dateModified, version, defaultSet: [flag], mapping: {wrapupCodeId: [flag]},
 * selfUri}), not a paged listing; written from that model, not from cxgate's listing code. An org holding no
 * {@code genesyscloud_outbound_wrapupcodemappings} object is an org without Outbound: 404 {@code not.found}.
 */
final class WrapupCodeMappingsEndpoint {
    static final String TYPE = "genesyscloud_outbound_wrapupcodemappings";
    static final String PATH = "/api/v2/outbound/wrapupcodemappings";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WrapupCodeMappingsEndpoint() {
    }

    /** The org's mappings as the API returns them, or null when the org has none (no Outbound). */
    static ObjectNode render(List<OrgObject> objects) {
        if (objects.isEmpty()) {
            return null;
        }
        OrgObject o = objects.get(0);
        ObjectNode e = JSON.createObjectNode();
        e.put("id", "7c1a0000-0000-4000-8000-00000000a11c"); // the API's own id; the provider uses a fixed one
        e.put("name", "wrapupcodemappings");
        e.put("dateCreated", "2024-03-01T12:00:00.000Z");
        e.put("dateModified", "2025-06-01T12:00:00.000Z");
        e.put("version", o.attributes().get("version") instanceof Long v ? v.longValue() : 3L);
        ArrayNode defaults = e.putArray("defaultSet");
        o.texts("defaultSet").forEach(defaults::add);
        ObjectNode mapping = e.putObject("mapping");
        if (o.attributes().get("mapping") instanceof Map<?, ?> m) {
            m.forEach((code, flags) -> {
                ArrayNode list = mapping.putArray(String.valueOf(code));
                if (flags instanceof List<?> l) {
                    l.forEach(f -> list.add(String.valueOf(f)));
                }
            });
        }
        e.put("selfUri", PATH);
        return e;
    }
}
