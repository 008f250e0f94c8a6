package io.cxgate.genesys.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.api.PlatformApiClient.SearchWindow;

/**
 * Users of one state, in orgs of any size (issue 15 item 15). {@code GET /api/v2/users} refuses
 * pages past its first {@value #RESULT_WINDOW} results with a 400 (the provider stops listing
 * inactive users there, {@code DEVTOOLING-862}). Within the window the listing is paged as usual;
 * beyond it the users come from {@code POST /api/v2/users/search}, sorted by {@code id}, one
 * window at a time: each next search asks for ids {@code GREATER_THAN} the last one read (the
 * search-after pattern over the search API's documented criteria), so no request goes past a
 * window and every user is read once.
 */
final class UserListing {
    /** Results the user listing and the user search serve per query. */
    static final int RESULT_WINDOW = 10_000;
    static final String LIST = "/api/v2/users";
    static final String SEARCH = "/api/v2/users/search";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UserListing() {
    }

    /** Every user of one listing pass ({@code state}, {@code expand}), as listing entities. */
    static List<JsonNode> list(PlatformApiClient client, Map<String, String> pass) {
        Optional<List<JsonNode>> paged = client.listWithin(LIST, pass, RESULT_WINDOW);
        if (paged.isPresent()) {
            return paged.get();
        }
        List<JsonNode> out = new ArrayList<>();
        String after = null;
        while (true) {
            SearchWindow window = client.searchWithin(SEARCH, request(pass, after), RESULT_WINDOW);
            out.addAll(window.results());
            if (!window.more() || window.results().isEmpty()) {
                return out;
            }
            after = ResourceListings.text(window.results().get(window.results().size() - 1), "id");
        }
    }

    /** The search for one window: the pass's state, ids after {@code after}, sorted by id. */
    static ObjectNode request(Map<String, String> pass, String after) {
        ObjectNode body = JSON.createObjectNode();
        body.put("sortBy", "id").put("sortOrder", "ASC");
        ArrayNode expand = body.putArray("expand");
        for (String e : pass.getOrDefault("expand", "").split(",")) {
            if (!e.isBlank()) {
                expand.add(e.strip());
            }
        }
        ArrayNode query = body.putArray("query");
        query.addObject().put("type", "EXACT").put("value", pass.getOrDefault("state", "active"))
                .putArray("fields").add("state");
        if (after != null) {
            query.addObject().put("type", "GREATER_THAN").put("value", after).putArray("fields").add("id");
        }
        return body;
    }
}
