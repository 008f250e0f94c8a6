package io.cxgate.genesys.emulator;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.api.ApiCredentials;
import io.cxgate.genesys.api.Region;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * An in-process Genesys Cloud org for tests: serves an {@link OrgSnapshot} through the real paths
 * and envelopes of the Platform API, on one base URL that is also the token endpoint's (as
 * {@code --api-base-url} expects).
 *
 * <ul>
 *   <li>{@code POST /oauth/token}: client credentials (Basic auth, form {@code grant_type}); issues
 *       bearer tokens with {@code expires_in}; a wrong client gets 401 {@code invalid_client}.</li>
 *   <li>API calls need a live token, else 401 {@code bad.credentials}.</li>
 *   <li>Listings: {@code entities, pageSize, pageNumber, total, pageCount, firstUri, previousUri,
 *       nextUri, lastUri, selfUri}; page size defaults to 25 and is capped at 500 for queues, users,
 *       flows and skills and at 100 elsewhere. Users are filtered by {@code state} (default active)
 *       and carry skills and languages only when expanded; the user listing and user search refuse
 *       pages past their first 10,000 results with a 400, as the API does.</li>
 *   <li>Skill groups page by cursor ({@code after}; {@code entities, nextUri, previousUri, selfUri}).</li>
 *   <li>{@code POST /api/v2/users/search} and {@code /api/v2/groups/search}: {@code results},
 *       paged by {@code pageNumber}; EXACT, CONTAINS, STARTS_WITH and GREATER_THAN over name, email,
 *       state, id; {@code sortBy: id}.</li>
 *   <li>Email routes per domain; Architect dependency tracking (consuming and consumed resources).</li>
 *   <li>Faults: latency, error statuses, 429 with Retry-After, dropped connections, revoked tokens,
 *       missing permissions.</li>
 * </ul>
 * Counts requests per path and the most requests in flight at once.
 */
public final class OrgEmulator implements AutoCloseable {
    public static final String CLIENT_ID = "emulator-client-id";
    public static final String CLIENT_SECRET = "emulator-client-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LARGE_PAGES = Set.of("/api/v2/routing/queues", "/api/v2/users", "/api/v2/flows",
            "/api/v2/routing/skills");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, List<OrgObject>> byPath = new ConcurrentHashMap<>();
    private final Map<String, List<OrgObject>> routesByDomain = new TreeMap<>();
    private final Map<String, OrgObject> byId = new ConcurrentHashMap<>();
    private final List<Dependency> dependencies;
    private final String clientId;
    private final String clientSecret;

    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<FaultRule> faults = new CopyOnWriteArrayList<>();
    private final Map<String, String> deniedPermissions = new ConcurrentHashMap<>();
    private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();
    private final List<String> requestTargets = new CopyOnWriteArrayList<>();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private volatile long tokenLifetimeSeconds = 86_400;
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean leakAuthorizationInErrors;
    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();

    /** An endpoint served beside the built-in ones (e.g. {@link AuditQueryEndpoint}); null when not its request. */
    @FunctionalInterface
    public interface Endpoint {
        Answer answer(String method, HttpUrl url, String body);
    }

    /** A JSON answer of an {@link Endpoint}, sent with the emulator's rate-limit headers. */
    public record Answer(int status, JsonNode body) {
    }
    /**
     * Results {@code GET /api/v2/users} and {@code POST /api/v2/users/search} serve per query: a page
     * with {@code pageNumber * pageSize} beyond it gets 400 {@code bad.request}, as from the real API.
     */
    private static final int USER_RESULT_WINDOW = 10_000;
    /** Divisions the client's role may read division-scoped types in; null: all. */
    private volatile Set<String> readableDivisions;

    public OrgEmulator(OrgSnapshot org) {
        this(org, CLIENT_ID, CLIENT_SECRET);
    }

    public OrgEmulator(OrgSnapshot org, String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        for (OrgObject o : org.objects()) {
            byId.put(o.id(), o);
            if (o.resourceType().equals("genesyscloud_routing_email_route")) {
                routesByDomain.computeIfAbsent(o.text("domainId"), d -> new ArrayList<>()).add(o);
            } else {
                String path = ApiEntities.pathOf(o.resourceType());
                if (path == null) {
                    throw new IllegalArgumentException("the emulator cannot serve " + o.resourceType());
                }
                byPath.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(o);
            }
        }
        this.dependencies = org.dependencies();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return handle(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the org emulator", e);
        }
    }

    /** The base URL to pass as {@code --api-base-url}: it serves {@code /oauth/token} and {@code /api/v2/…}. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Credentials the emulator accepts. */
    public ApiCredentials credentials() {
        return new ApiCredentials(clientId, clientSecret, Region.US_EAST_1);
    }

    /** {@code expires_in} of tokens issued from now on; the emulator also enforces it. */
    public OrgEmulator tokenLifetime(Duration lifetime) {
        this.tokenLifetimeSeconds = lifetime.toSeconds();
        return this;
    }

    /** Every token issued so far stops working, as if it had expired or been revoked. */
    public void expireTokens() {
        tokens.clear();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Each request waits this long before it is answered. */
    public OrgEmulator latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** The next {@code times} requests whose path starts with {@code pathPrefix} get {@code fault}. */
    public OrgEmulator fail(String pathPrefix, int times, Fault fault) {
        faults.add(new FaultRule(path -> path.startsWith(pathPrefix), new AtomicInteger(times), fault));
        return this;
    }

    /** Requests under {@code pathPrefix} get 403 {@code missing.permissions} naming {@code permission}. */
    public OrgEmulator denyPermission(String pathPrefix, String permission) {
        deniedPermissions.put(pathPrefix, permission);
        return this;
    }

    /** Serves {@code endpoint} too, after authentication and permission checks. */
    public OrgEmulator serve(Endpoint endpoint) {
        endpoints.add(endpoint);
        return this;
    }

    /**
     * The client's role grants its view permissions in these divisions only: listings of
     * division-scoped types leave out objects of other divisions, and
     * {@code divisionspermitted/paged/me} answers {@code allDivsPermitted: false} with these.
     */
    public OrgEmulator restrictToDivisions(Set<String> divisionIds) {
        this.readableDivisions = Set.copyOf(divisionIds);
        return this;
    }

    /** A hostile server: error messages quote the request's Authorization header. */
    public OrgEmulator leakAuthorizationInErrors() {
        this.leakAuthorizationInErrors = true;
        return this;
    }

    /** Requests received, token requests included. */
    public int requests() {
        return total.get();
    }

    /** Requests received for this exact path (no query string). */
    public int requests(String path) {
        AtomicInteger n = requestsByPath.get(path);
        return n == null ? 0 : n.get();
    }

    public Map<String, Integer> requestsByPath() {
        Map<String, Integer> out = new TreeMap<>();
        requestsByPath.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** The most requests that were being handled at the same moment. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** The headers of every request received, in order. */
    public List<Headers> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    /** {@code METHOD target} of every request received, in order, e.g. {@code GET /api/v2/users?pageSize=500&…}. */
    public List<String> requestTargets() {
        return List.copyOf(requestTargets);
    }

    /** Every access token issued, expired ones included. */
    public List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }

    /**
     * Replaces the object with {@code edited}'s id, as an admin's edit in the Admin UI would: later listings serve
     * the new version (its attributes, {@code dateModified}, {@code modifiedBy}).
     */
    public OrgEmulator edit(OrgObject edited) {
        OrgObject old = byId.get(edited.id());
        if (old == null || !old.resourceType().equals(edited.resourceType())
                || old.resourceType().equals("genesyscloud_routing_email_route")) {
            throw new IllegalArgumentException("the emulator has no " + edited.resourceType() + " " + edited.id());
        }
        List<OrgObject> listed = byPath.get(ApiEntities.pathOf(old.resourceType()));
        listed.set(listed.indexOf(old), edited);
        byId.put(edited.id(), edited);
        return this;
    }

    @Override
    public void close() {
        server.close();
    }

    // ---------------------------------------------------------------- dispatch

    private MockResponse handle(RecordedRequest request) throws InterruptedException {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        total.incrementAndGet();
        requestsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        requestHeaders.add(request.getHeaders());
        requestTargets.add(request.getMethod() + " " + request.getTarget());
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            boolean resetMidBody = false;
            for (FaultRule rule : faults) {
                if (rule.matches.test(path) && rule.remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                    if (rule.fault instanceof Fault.ExpireTokens) {
                        tokens.clear();
                        continue;
                    }
                    if (rule.fault instanceof Fault.ResetMidBody) {
                        resetMidBody = true;
                        continue;
                    }
                    return fault(rule.fault);
                }
            }
            MockResponse answer = answer(request, url, path);
            return resetMidBody ? answer.newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build() : answer;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private MockResponse answer(RecordedRequest request, HttpUrl url, String path) {
        if (path.equals("/oauth/token")) {
            return token(request);
        }
        String auth = request.getHeaders().get("Authorization");
        if (!validToken(auth)) {
            return error(401, "bad.credentials", auth == null
                    ? "No authentication bearer token specified in authorization header."
                    : "Invalid login credentials.", auth);
        }
        for (Map.Entry<String, String> denied : deniedPermissions.entrySet()) {
            if (path.startsWith(denied.getKey())) {
                return error(403, "missing.permissions", "Unable to perform the requested action. You are missing"
                        + " the following permission(s): [" + denied.getValue() + "]", auth);
            }
        }
        return route(request, url, path, auth);
    }

    private MockResponse route(RecordedRequest request, HttpUrl url, String path, String auth) {
        String method = request.getMethod();
        for (Endpoint endpoint : endpoints) {
            Answer answer = endpoint.answer(method, url, request.getBody() == null ? "" : request.getBody().utf8());
            if (answer != null) {
                return json(answer.status(), answer.body());
            }
        }
        if ("POST".equals(method) && (path.equals("/api/v2/users/search") || path.equals("/api/v2/groups/search"))) {
            return search(request, path, auth);
        }
        if (!"GET".equals(method)) {
            return error(404, "not.found", "Not Found", auth);
        }
        if (path.equals("/api/v2/routing/skillgroups") || path.equals("/api/v2/processautomation/triggers")) {
            return cursorPage(url, path, visible(byPath.getOrDefault(path, List.of())), auth);
        }
        if (path.equals(DivisionsPermitted.PATH)) {
            return DivisionsPermitted.answer(url, readableDivisions,
                    byPath.getOrDefault("/api/v2/authorization/divisions", List.of()), this::json,
                    message -> error(400, "bad.request", message, auth));
        }
        if (path.equals("/api/v2/webdeployments/deployments")) {
            // ExpandableWebDeploymentEntityListing: every deployment at once, no paging fields
            ObjectNode body = JSON.createObjectNode();
            List<ObjectNode> all = render(byPath.getOrDefault(path, List.of()), url);
            body.put("total", all.size());
            ArrayNode entities = body.putArray("entities");
            all.forEach(entities::add);
            body.put("selfUri", path);
            return json(200, body);
        }
        if (path.equals(WrapupCodeMappingsEndpoint.PATH)) {
            ObjectNode mappings = WrapupCodeMappingsEndpoint.render(byPath.getOrDefault(path, List.of()));
            return mappings == null ? error(404, "not.found", "Not Found", auth) : json(200, mappings);
        }
        if (path.equals("/api/v2/architect/dependencytracking/consumingresources")) {
            return consuming(url, path, auth);
        }
        if (path.equals("/api/v2/architect/dependencytracking/consumedresources")) {
            return consumed(url, path, auth);
        }
        if (path.startsWith("/api/v2/routing/queues/") && path.endsWith("/members")) {
            return queueMembers(url, path, auth);
        }
        if (path.startsWith("/api/v2/routing/queues/") && path.endsWith("/wrapupcodes")) {
            return queueWrapupCodes(url, path, auth);
        }
        if (path.startsWith("/api/v2/routing/email/domains/") && path.endsWith("/routes")) {
            String domain = path.substring("/api/v2/routing/email/domains/".length(), path.length() - "/routes".length());
            if (!byPath.getOrDefault("/api/v2/routing/email/domains", List.of()).stream()
                    .anyMatch(d -> d.id().equals(domain))) {
                return error(404, "postino.error.not.found", "Not Found", auth);
            }
            return page(url, path, lazily(routesByDomain.getOrDefault(domain, List.of()), url), auth);
        }
        List<OrgObject> objects = byPath.get(path);
        if (objects == null) {
            if (ApiEntities.serves(path)) {
                objects = List.of();
            } else {
                return error(404, "not.found", "Not Found", auth);
            }
        }
        objects = visible(objects);
        if (path.equals("/api/v2/users")) {
            MockResponse refused = beyondUserWindow(url, auth);
            if (refused != null) {
                return refused;
            }
            String state = url.queryParameter("state") == null ? "active" : url.queryParameter("state");
            objects = objects.stream().filter(u -> state.equals("any")
                    || state.equals(u.text("state") == null ? "active" : u.text("state"))).toList();
        }
        return page(url, path, lazily(objects, url), auth);
    }

    private MockResponse beyondUserWindow(HttpUrl url, String auth) {
        try {
            long reach = (long) Math.min(500, intParam(url, "pageSize", 25)) * intParam(url, "pageNumber", 1);
            return reach > USER_RESULT_WINDOW ? error(400, "bad.request", "The requested page goes past the first "
                    + USER_RESULT_WINDOW + " results; narrow the query", auth) : null;
        } catch (NumberFormatException e) {
            return null; // page() answers malformed paging
        }
    }

    /** The objects the client's divisions let it see (all when it is not restricted). */
    private List<OrgObject> visible(List<OrgObject> objects) {
        Set<String> readable = readableDivisions;
        return readable == null ? objects : objects.stream().filter(o -> !DivisionsPermitted.SCOPED.contains(
                o.resourceType()) || o.division() == null || readable.contains(o.division())).toList();
    }

    /** The objects as API entities, each rendered only when a page includes it (large orgs page fast). */
    private List<ObjectNode> lazily(List<OrgObject> objects, HttpUrl url) {
        String expand = url.queryParameter("expand") == null ? "" : String.join(",", url.queryParameterValues("expand"));
        boolean skills = expand.contains("skills");
        boolean languages = expand.contains("languages");
        return new java.util.AbstractList<>() {
            @Override
            public ObjectNode get(int index) {
                return ApiEntities.render(objects.get(index), skills, languages, expand.contains("config.current"));
            }

            @Override
            public int size() {
                return objects.size();
            }
        };
    }

    /**
     * {@code GET /api/v2/routing/queues/{id}/members}: QueueMember entities ({@code id} is the user's,
     * {@code user}, {@code ringNumber}, {@code joined}, {@code memberBy}) from the queue's {@code memberIds}.
     */
    private MockResponse queueMembers(HttpUrl url, String path, String auth) {
        String id = path.substring("/api/v2/routing/queues/".length(), path.length() - "/members".length());
        OrgObject queue = byId.get(id);
        if (queue == null || !"genesyscloud_routing_queue".equals(queue.resourceType())) {
            return error(404, "not.found", "Queue " + id + " not found", auth);
        }
        List<ObjectNode> members = new ArrayList<>();
        for (String userId : queue.texts("memberIds")) {
            OrgObject user = byId.get(userId);
            String name = user == null ? userId : user.name();
            ObjectNode m = JSON.createObjectNode().put("id", userId).put("name", name).put("ringNumber", 1)
                    .put("joined", true).put("memberBy", "user");
            m.putObject("user").put("id", userId).put("name", name).put("selfUri", "/api/v2/users/" + userId);
            members.add(m);
        }
        return page(url, path, members, auth);
    }

    /**
     * {@code GET /api/v2/routing/queues/{id}/wrapupcodes}: WrapupCode entities ({@code id, name, division,
     * dateCreated, createdBy, selfUri}) of the codes in the queue's {@code wrapupCodeIds}.
     */
    private MockResponse queueWrapupCodes(HttpUrl url, String path, String auth) {
        String id = path.substring("/api/v2/routing/queues/".length(), path.length() - "/wrapupcodes".length());
        OrgObject queue = byId.get(id);
        if (queue == null || !"genesyscloud_routing_queue".equals(queue.resourceType())) {
            return error(404, "not.found", "Queue " + id + " not found", auth);
        }
        List<ObjectNode> codes = new ArrayList<>();
        for (String codeId : queue.texts("wrapupCodeIds")) {
            OrgObject code = byId.get(codeId);
            codes.add(code == null ? JSON.createObjectNode().put("id", codeId).put("name", codeId)
                    .put("selfUri", "/api/v2/routing/wrapupcodes/" + codeId) : ApiEntities.render(code, false, false));
        }
        return page(url, path, codes, auth);
    }

    private List<ObjectNode> render(List<OrgObject> objects, HttpUrl url) {
        String expand = url.queryParameter("expand") == null ? "" : String.join(",", url.queryParameterValues("expand"));
        boolean skills = expand.contains("skills");
        boolean languages = expand.contains("languages");
        return objects.stream().map(o -> ApiEntities.render(o, skills, languages)).toList();
    }

    // ---------------------------------------------------------------- envelopes

    private MockResponse page(HttpUrl url, String path, List<? extends JsonNode> all, String auth) {
        int cap = LARGE_PAGES.contains(path) ? 500 : 100;
        int pageSize;
        int pageNumber;
        try {
            pageSize = Math.min(cap, intParam(url, "pageSize", 25));
            pageNumber = intParam(url, "pageNumber", 1);
        } catch (NumberFormatException e) {
            return error(400, "bad.request", "The request could not be understood by the server due to malformed"
                    + " syntax.", auth);
        }
        if (pageSize < 1 || pageNumber < 1) {
            return error(400, "bad.request", "pageSize and pageNumber must be positive", auth);
        }
        int totalCount = all.size();
        int pageCount = (totalCount + pageSize - 1) / pageSize;
        int from = Math.min(totalCount, (pageNumber - 1) * pageSize);
        int to = Math.min(totalCount, from + pageSize);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode entities = body.putArray("entities");
        all.subList(from, to).forEach(entities::add);
        body.put("pageSize", pageSize);
        body.put("pageNumber", pageNumber);
        body.put("total", totalCount);
        body.put("pageCount", pageCount);
        String rest = otherParams(url, "pageSize", "pageNumber");
        body.put("firstUri", uri(path, pageSize, 1, rest));
        if (pageNumber > 1) {
            body.put("previousUri", uri(path, pageSize, pageNumber - 1, rest));
        }
        if (pageNumber < pageCount) {
            body.put("nextUri", uri(path, pageSize, pageNumber + 1, rest));
        }
        body.put("lastUri", uri(path, pageSize, Math.max(1, pageCount), rest));
        body.put("selfUri", uri(path, pageSize, pageNumber, rest));
        return json(200, body);
    }

    private MockResponse cursorPage(HttpUrl url, String path, List<OrgObject> objects, String auth) {
        int pageSize;
        int start = 0;
        try {
            pageSize = Math.min(100, intParam(url, "pageSize", 25));
            String after = url.queryParameter("after");
            if (after != null) {
                start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)
                        .substring("idx:".length()));
            }
        } catch (RuntimeException e) {
            return error(400, "bad.request", "Invalid cursor or page size", auth);
        }
        List<ObjectNode> all = render(objects, url);
        int to = Math.min(all.size(), start + pageSize);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode entities = body.putArray("entities");
        all.subList(Math.min(start, all.size()), to).forEach(entities::add);
        String self = path + "?pageSize=" + pageSize + (start > 0 ? "&after=" + cursor(start) : "");
        if (to < all.size()) {
            body.put("nextUri", path + "?pageSize=" + pageSize + "&after=" + cursor(to));
        }
        if (start > 0) {
            body.put("previousUri", path + "?pageSize=" + pageSize + "&before=" + cursor(start));
        }
        body.put("selfUri", self);
        return json(200, body);
    }

    private MockResponse search(RecordedRequest request, String path, String auth) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody() == null ? "" : request.getBody().utf8());
        } catch (IOException e) {
            return error(400, "bad.request", "The request body is not JSON", auth);
        }
        if (body == null || !body.path("query").isArray() || body.path("query").isEmpty()) {
            return error(400, "bad.request", "A search requires at least one query criterion", auth);
        }
        String listPath = path.equals("/api/v2/users/search") ? "/api/v2/users" : "/api/v2/groups";
        List<OrgObject> hits = new ArrayList<>();
        for (OrgObject o : byPath.getOrDefault(listPath, List.of())) {
            boolean all = true;
            for (JsonNode criterion : body.get("query")) {
                all &= matches(o, criterion);
            }
            if (all) {
                hits.add(o);
            }
        }
        if ("id".equals(body.path("sortBy").asText(null))) {
            hits.sort(java.util.Comparator.comparing(OrgObject::id));
            if ("DESC".equalsIgnoreCase(body.path("sortOrder").asText("ASC"))) {
                java.util.Collections.reverse(hits);
            }
        }
        int pageSize = Math.min(100, body.path("pageSize").asInt(25));
        int pageNumber = Math.max(1, body.path("pageNumber").asInt(1));
        if (listPath.equals("/api/v2/users") && (long) pageSize * pageNumber > USER_RESULT_WINDOW) {
            return error(400, "bad.request", "The requested page goes past the first " + USER_RESULT_WINDOW
                    + " results; narrow the query", auth);
        }
        int pageCount = (hits.size() + pageSize - 1) / pageSize;
        int from = Math.min(hits.size(), (pageNumber - 1) * pageSize);
        int to = Math.min(hits.size(), from + pageSize);
        ObjectNode out = JSON.createObjectNode();
        out.put("total", hits.size());
        out.put("pageCount", pageCount);
        out.put("pageSize", pageSize);
        out.put("pageNumber", pageNumber);
        out.putArray("types").add(listPath.endsWith("users") ? "users" : "groups");
        ArrayNode results = out.putArray("results");
        hits.subList(from, to).forEach(o -> results.add(ApiEntities.render(o, true, true)));
        return json(200, out);
    }

    private static boolean matches(OrgObject o, JsonNode criterion) {
        String type = criterion.path("type").asText("EXACT").toUpperCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        if (criterion.hasNonNull("value")) {
            values.add(criterion.get("value").asText());
        }
        criterion.path("values").forEach(v -> values.add(v.asText()));
        for (JsonNode field : criterion.path("fields")) {
            String actual = switch (field.asText()) {
                case "id" -> o.id();
                case "name" -> o.name();
                case "email" -> o.text("email");
                case "state" -> o.text("state") == null ? "active" : o.text("state");
                default -> null;
            };
            if (actual == null) {
                continue;
            }
            String a = actual.toLowerCase(Locale.ROOT);
            for (String value : values) {
                String v = value.toLowerCase(Locale.ROOT);
                boolean hit = switch (type) {
                    case "GREATER_THAN" -> a.compareTo(v) > 0;
                    case "CONTAINS" -> a.contains(v);
                    case "STARTS_WITH" -> a.startsWith(v);
                    default -> a.equals(v);
                };
                if (hit) {
                    return true;
                }
            }
        }
        return false;
    }

    private MockResponse consuming(HttpUrl url, String path, String auth) {
        String id = url.queryParameter("id");
        String objectType = url.queryParameter("objectType");
        if (id == null || objectType == null) {
            return error(400, "bad.request", "id and objectType are required", auth);
        }
        // flowFilter=published: only flows with a published version count; a consumer gone from the org is
        // still listed, flagged deleted (as dependency tracking keeps edges of deleted objects)
        boolean published = "published".equals(url.queryParameter("flowFilter"));
        List<ObjectNode> entities = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.consumedId().equals(id) && d.consumedType().equals(objectType)) {
                OrgObject consumer = byId.get(d.consumerId());
                if (published && consumer != null && d.consumerType().endsWith("FLOW")
                        && consumer.text("publishedVersionId") == null) {
                    continue;
                }
                entities.add(dependencyEntity(d.consumerId(), d.consumerName(), d.consumerType())
                        .put("deleted", consumer == null));
            }
        }
        return page(url, path, entities, auth);
    }

    private MockResponse consumed(HttpUrl url, String path, String auth) {
        String id = url.queryParameter("id");
        String version = url.queryParameter("version");
        String objectType = url.queryParameter("objectType");
        if (id == null || version == null || objectType == null) {
            return error(400, "bad.request", "id, version and objectType are required", auth);
        }
        OrgObject flow = byId.get(id);
        if (flow == null || !version.equals(flow.text("publishedVersionId"))) {
            return error(404, "not.found", "Not Found", auth);
        }
        List<ObjectNode> entities = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.consumerId().equals(id)) {
                OrgObject consumed = byId.get(d.consumedId());
                entities.add(dependencyEntity(d.consumedId(), consumed == null ? d.consumedId() : consumed.name(),
                        d.consumedType()));
            }
        }
        return page(url, path, entities, auth);
    }

    private static ObjectNode dependencyEntity(String id, String name, String type) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id).put("name", name).put("type", type).put("version", "1.0")
                .put("deleted", false).put("updated", false).put("stateUnknown", false)
                .put("selfUri", "/api/v2/architect/dependencytracking/object?id=" + id + "&objectType=" + type);
        return e;
    }

    // ---------------------------------------------------------------- OAuth

    private MockResponse token(RecordedRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return oauthError(405, "invalid_request", "method not allowed");
        }
        String contentType = request.getHeaders().get("Content-Type");
        String form = request.getBody() == null ? "" : request.getBody().utf8();
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "expected application/x-www-form-urlencoded");
        }
        if (!form.equals("grant_type=client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        String auth = request.getHeaders().get("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(auth)) {
            return oauthError(401, "invalid_client", "client not found");
        }
        String token = "emu-" + UUID.randomUUID();
        long lifetime = tokenLifetimeSeconds;
        tokens.put(token, System.currentTimeMillis() + lifetime * 1000);
        tokensIssued.incrementAndGet();
        issuedTokens.add(token);
        ObjectNode body = JSON.createObjectNode();
        body.put("access_token", token).put("token_type", "bearer").put("expires_in", lifetime);
        return json(200, body);
    }

    private boolean validToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Long expiry = tokens.get(authorization.substring("Bearer ".length()));
        return expiry != null && expiry > System.currentTimeMillis();
    }

    // ---------------------------------------------------------------- faults and errors

    private MockResponse fault(Fault fault) {
        if (fault instanceof Fault.Drop) {
            return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        }
        if (fault instanceof Fault.RateLimited limited) {
            return rateLimited(limited.retryAfterSeconds());
        }
        if (fault instanceof Fault.Status status) {
            if (status.code() == 429) {
                return rateLimited(1);
            }
            String code = switch (status.code()) {
                case 500 -> "internal.server.error";
                case 501 -> "not.implemented";
                case 502 -> "bad.gateway";
                case 503 -> "service.unavailable";
                case 504 -> "gateway.timeout";
                case 401 -> "bad.credentials";
                case 403 -> "missing.permissions";
                case 404 -> "not.found";
                default -> "error";
            };
            return error(status.code(), code, "The request failed with status " + status.code(), null);
        }
        throw new IllegalStateException("fault " + fault);
    }

    private MockResponse rateLimited(long seconds) {
        MockResponse response = error(429, "too.many.requests.retry.after",
                "Rate limit exceeded the maximum. Retry the request in [" + seconds + "] seconds", null);
        return response.newBuilder().setHeader("Retry-After", seconds).build();
    }

    private MockResponse error(int status, String code, String message, String authorization) {
        String contextId = UUID.randomUUID().toString();
        ObjectNode body = JSON.createObjectNode();
        String text = leakAuthorizationInErrors && authorization != null
                ? message + " (request had Authorization: " + authorization + ")" : message;
        body.put("message", text).put("code", code).put("status", status);
        body.putObject("messageParams");
        body.put("contextId", contextId);
        body.putArray("details");
        body.putArray("errors");
        return json(status, body).newBuilder().setHeader("ININ-Correlation-Id", contextId).build();
    }

    private MockResponse oauthError(int status, String error, String description) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", error).put("description", description).put("error_description", description);
        return json(status, body);
    }

    private MockResponse json(int status, JsonNode body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("inin-ratelimit-allowed", 300)
                .setHeader("inin-ratelimit-count", Math.min(300, total.get()))
                .setHeader("inin-ratelimit-reset", 60)
                .body(body.toString())
                .build();
    }

    private static int intParam(HttpUrl url, String name, int fallback) {
        String value = url.queryParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String otherParams(HttpUrl url, String... excluded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            if (!List.of(excluded).contains(name)) {
                params.put(name, url.queryParameter(name));
            }
        }
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append('&').append(enc(k)).append('=').append(enc(v == null ? "" : v)));
        return out.toString();
    }

    private static String uri(String path, int pageSize, int pageNumber, String rest) {
        return path + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber + rest;
    }

    private static String cursor(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("idx:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record FaultRule(Predicate<String> matches, AtomicInteger remaining, Fault fault) {
    }
}
