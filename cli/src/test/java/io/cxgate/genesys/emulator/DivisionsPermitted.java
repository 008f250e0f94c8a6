package io.cxgate.genesys.emulator;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.source.OrgObject;
import mockwebserver3.MockResponse;

/**
 * {@code GET /api/v2/authorization/divisionspermitted/paged/me?permission=…} as the Platform API
 * documents it (needs no permission; {@code DivsPermittedEntityListing}: {@code entities} of
 * {@code AuthzDivision}, {@code pageSize}, {@code pageNumber}, {@code total}, {@code pageCount},
 * {@code allDivsPermitted}), for a client whose role holds the permission in every division or only
 * in some ({@link OrgEmulator#restrictToDivisions}).
 */
final class DivisionsPermitted {
    static final String PATH = "/api/v2/authorization/divisionspermitted/paged/me";
    /** The types whose objects a division-scoped role hides outside its divisions. */
    static final Set<String> SCOPED = Set.of("genesyscloud_routing_queue", "genesyscloud_routing_wrapupcode",
            "genesyscloud_routing_skill_group", "genesyscloud_flow", "genesyscloud_architect_schedules",
            "genesyscloud_architect_schedulegroups", "genesyscloud_architect_ivr", "genesyscloud_script",
            "genesyscloud_architect_datatable", "genesyscloud_architect_emergencygroup",
            "genesyscloud_outbound_contact_list");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DivisionsPermitted() {
    }

    static MockResponse answer(okhttp3.HttpUrl url, Set<String> readable, List<OrgObject> divisions,
            BiFunction<Integer, JsonNode, MockResponse> json, Function<String, MockResponse> badRequest) {
        String permission = url.queryParameter("permission");
        if (permission == null || permission.isBlank()) {
            return badRequest.apply("permission is required");
        }
        int pageSize = url.queryParameter("pageSize") == null ? 25 : Integer.parseInt(url.queryParameter("pageSize"));
        int pageNumber = url.queryParameter("pageNumber") == null ? 1
                : Integer.parseInt(url.queryParameter("pageNumber"));
        List<OrgObject> permitted = readable == null ? divisions
                : divisions.stream().filter(d -> readable.contains(d.id())).toList();
        int pageCount = Math.max(1, (permitted.size() + pageSize - 1) / pageSize);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode entities = body.putArray("entities");
        permitted.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize).forEach(d -> entities.addObject()
                .put("id", d.id()).put("name", d.name())
                .put("homeDivision", Boolean.TRUE.equals(d.attributes().get("homeDivision")))
                .put("selfUri", "/api/v2/authorization/divisions/" + d.id()));
        body.put("pageSize", pageSize).put("pageNumber", pageNumber).put("total", permitted.size())
                .put("allDivsPermitted", readable == null).put("pageCount", pageCount);
        body.put("selfUri", PATH + "?permission=" + permission + "&pageSize=" + pageSize + "&pageNumber=" + pageNumber);
        return json.apply(200, body);
    }
}
