package io.cxgate.genesys.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;

/**
 * The audit query API as documented (AuditQueryRequest, AuditQueryExecutionStatusResponse,
 * AuditQueryExecutionResultsResponse, AuditLogMessage), asynchronous: {@code POST /api/v2/audits/query} answers
 * {@code 202} with a transaction in state {@code Queued}; each {@code GET /api/v2/audits/query/{id}} moves it on
 * ({@code Queued} → {@code Running} → {@code Succeeded} after {@link #pollsToFinish}); {@code GET …/results} pages
 * the messages of the service within the interval (and the {@code EntityType} filter) with {@code cursor}.
 * A service can be made to fail ({@code Failed}) or never finish (slow: {@code Running} for ever).
 */
public final class AuditQueryEndpoint implements OrgEmulator.Endpoint {
    public static final String QUERY = "/api/v2/audits/query";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<ObjectNode>> messagesByService = new ConcurrentHashMap<>();
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final List<JsonNode> queries = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> slow = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile int pollsToFinish = 2;

    private record Transaction(String id, JsonNode request, AtomicInteger polls) {
    }

    /** An AuditLogMessage about an object, made by a user (in the UI) or an OAuth client alone (userName null). */
    public AuditQueryEndpoint message(String service, String entityType, String entityId, String entityName,
            String action, Instant at, String userName, String clientName) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", "audit-" + ids.incrementAndGet());
        m.put("userHomeOrgId", "org-1");
        if (userName != null) {
            m.putObject("user").put("id", "user-" + userName.hashCode()).put("name", userName);
            m.put("application", "Genesys Cloud Admin UI");
        }
        if (clientName != null) {
            m.putObject("client").put("id", "client-" + clientName.hashCode()).put("name", clientName);
        }
        m.putArray("remoteIp").add("203.0.113.7");
        m.put("serviceName", service);
        m.put("level", "USER");
        m.put("eventDate", at.toString());
        m.put("action", action);
        m.putObject("entity").put("id", entityId).put("name", entityName);
        m.put("entityType", entityType);
        m.put("status", "SUCCESS");
        messagesByService.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>()).add(m);
        return this;
    }

    /** How many status polls a transaction stays Queued/Running before it succeeds. */
    public AuditQueryEndpoint pollsToFinish(int polls) {
        this.pollsToFinish = polls;
        return this;
    }

    /** Transactions of {@code service} end {@code Failed}. */
    public AuditQueryEndpoint failing(String service) {
        failing.add(service);
        return this;
    }

    /** Transactions of {@code service} stay {@code Running}. */
    public AuditQueryEndpoint slow(String service) {
        slow.add(service);
        return this;
    }

    /** Every AuditQueryRequest posted, in order. */
    public List<JsonNode> queries() {
        return List.copyOf(queries);
    }

    @Override
    public OrgEmulator.Answer answer(String method, HttpUrl url, String body) {
        String path = url.encodedPath();
        if (!path.startsWith(QUERY)) {
            return null;
        }
        if (path.equals(QUERY) && method.equals("POST")) {
            return start(body);
        }
        String[] rest = path.substring(QUERY.length()).split("/");
        if (method.equals("GET") && rest.length >= 2 && transactions.containsKey(rest[1])) {
            Transaction t = transactions.get(rest[1]);
            return rest.length == 2 ? new OrgEmulator.Answer(200, status(t, true))
                    : rest.length == 3 && rest[2].equals("results") ? results(t, url) : null;
        }
        return error(404, "not.found", "transaction not found");
    }

    private OrgEmulator.Answer start(String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return error(400, "bad.request", "body is not JSON");
        }
        queries.add(request);
        if (request.path("serviceName").asText("").isBlank() || !request.path("interval").asText("").contains("/")) {
            return error(400, "bad.request", "serviceName and interval are required");
        }
        Transaction t = new Transaction("tx-" + ids.incrementAndGet(), request, new AtomicInteger());
        transactions.put(t.id(), t);
        return new OrgEmulator.Answer(202, status(t, false));
    }

    private ObjectNode status(Transaction t, boolean poll) {
        int polls = poll ? t.polls().incrementAndGet() : 0;
        String service = t.request().path("serviceName").asText();
        String state;
        if (polls == 0) {
            state = "Queued";
        } else if (slow.contains(service) || polls < pollsToFinish) {
            state = "Running";
        } else {
            state = failing.contains(service) ? "Failed" : "Succeeded";
        }
        ObjectNode status = JSON.createObjectNode();
        status.put("id", t.id()).put("state", state).put("startDate", "2026-12-07T03:00:00Z")
                .put("interval", t.request().path("interval").asText()).put("serviceName", service);
        status.set("filters", t.request().path("filters").deepCopy());
        status.set("sort", t.request().path("sort").deepCopy());
        return status;
    }

    private OrgEmulator.Answer results(Transaction t, HttpUrl url) {
        if (!status(t, false).isObject() || t.polls().get() < pollsToFinish || slow.contains(serviceOf(t))
                || failing.contains(serviceOf(t))) {
            return error(400, "audit.query.not.complete", "the query has not succeeded");
        }
        String[] interval = t.request().path("interval").asText().split("/");
        Instant from = Instant.parse(interval[0]);
        Instant to = Instant.parse(interval[1]);
        String entityType = null;
        for (JsonNode f : t.request().path("filters")) {
            if (f.path("property").asText().equals("EntityType")) {
                entityType = f.path("value").asText();
            }
        }
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode m : messagesByService.getOrDefault(serviceOf(t), List.of())) {
            Instant at = Instant.parse(m.path("eventDate").asText());
            if (!at.isBefore(from) && at.isBefore(to)
                    && (entityType == null || entityType.equals(m.path("entityType").asText()))) {
                matching.add(m);
            }
        }
        int pageSize = Integer.parseInt(url.queryParameter("pageSize") == null ? "25" : url.queryParameter("pageSize"));
        int start = url.queryParameter("cursor") == null ? 0 : Integer.parseInt(url.queryParameter("cursor").substring(1));
        ObjectNode page = JSON.createObjectNode();
        page.put("id", t.id()).put("pageSize", pageSize);
        int end = Math.min(matching.size(), start + pageSize);
        if (end < matching.size()) {
            page.put("cursor", "c" + end);
        }
        matching.subList(Math.min(start, matching.size()), end).forEach(page.putArray("entities")::add);
        return new OrgEmulator.Answer(200, page);
    }

    private static String serviceOf(Transaction t) {
        return t.request().path("serviceName").asText();
    }

    private static OrgEmulator.Answer error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message).put("code", code).put("status", status);
        return new OrgEmulator.Answer(status, body);
    }
}
