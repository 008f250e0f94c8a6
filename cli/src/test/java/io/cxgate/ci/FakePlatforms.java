package io.cxgate.ci;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * In-memory stand-ins for the three comment APIs behind a {@link MockWebServer}: each keeps its comments, pages them
 * two at a time the way the platform does, checks the token, writes as the token's identity, and refuses to edit
 * another author's comment. Faults queued with {@link Fake#fail} are answered first, one per request. Every request
 * is recorded.
 */
final class FakePlatforms {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int PAGE = 2;

    private FakePlatforms() {
    }

    /** A stored comment. */
    record Stored(String id, String author, String body) {
    }

    /** A recorded request: method, decoded path, query, headers as text, body. */
    record Seen(String method, String path, String query, String headers, String body) {
    }

    abstract static class Fake extends Dispatcher {
        final List<Stored> comments = Collections.synchronizedList(new ArrayList<>());
        final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        final Deque<MockResponse> faults = new ArrayDeque<>();
        private int nextId = 100;
        MockWebServer server;
        private final io.cxgate.ci.Platform kind;
        private final String token;
        private final String self;

        /** {@code self}: the identity cxgate's {@code token} posts as. */
        Fake(io.cxgate.ci.Platform kind, String token, String self) {
            this.kind = kind;
            this.token = token;
            this.self = self;
        }

        io.cxgate.ci.Platform kind() {
            return kind;
        }

        /** The identity cxgate's token posts as. */
        String self() {
            return self;
        }

        String token() {
            return token;
        }

        /** The CI variables of a merge-request job against this server. */
        abstract Map<String, String> environment();

        abstract MockResponse handle(RecordedRequest request, JsonNode body);

        Fake start() throws java.io.IOException {
            server = new MockWebServer();
            server.setDispatcher(this);
            server.start();
            return this;
        }

        void stop() {
            server.close();
        }

        void seed(String author, String body) {
            comments.add(new Stored(String.valueOf(nextId++), author, body));
        }

        Stored add(String author, String body) {
            Stored s = new Stored(String.valueOf(nextId++), author, body);
            comments.add(s);
            return s;
        }

        void fail(MockResponse response) {
            faults.add(response);
        }

        List<Stored> byAuthor(String author) {
            return comments.stream().filter(c -> c.author().equals(author)).toList();
        }

        long writes() {
            return seen.stream().filter(s -> !s.method().equals("GET")).count();
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
            seen.add(new Seen(request.getMethod(), String.join("/", request.getUrl().pathSegments()),
                    request.getUrl().query(), headers(request.getHeaders()), body));
            if (!faults.isEmpty()) {
                return faults.poll();
            }
            try {
                return handle(request, body.isEmpty() ? null : JSON.readTree(body));
            } catch (java.io.IOException e) {
                return json(400, "{\"message\":\"bad json\"}");
            }
        }

        /** Header lines in clear (OkHttp's own toString masks Authorization). */
        private static String headers(okhttp3.Headers headers) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < headers.size(); i++) {
                out.append(headers.name(i)).append(": ").append(headers.value(i)).append('\n');
            }
            return out.toString();
        }

        /** Alternating names and values, as a mutable map tests may change. */
        static Map<String, String> env(String... namesAndValues) {
            Map<String, String> env = new HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                env.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return env;
        }

        /** A 200 page of JSON; paging headers added by the caller. */
        static MockResponse.Builder okPage(JsonNode out) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body(out.toString());
        }

        int page(RecordedRequest request) {
            String page = request.getUrl().queryParameter("page");
            return page == null ? 1 : Integer.parseInt(page);
        }

        List<Stored> pageOf(int page) {
            int from = Math.min((page - 1) * PAGE, comments.size());
            return comments.subList(from, Math.min(from + PAGE, comments.size()));
        }

        boolean lastPage(int page) {
            return page * PAGE >= comments.size();
        }

        Stored find(String id) {
            return comments.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        }

        void replace(Stored old, String body) {
            comments.set(comments.indexOf(old), new Stored(old.id(), old.author(), body));
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse json(int code, JsonNode body) {
        return json(code, body.toString());
    }

    /** GitHub: issue comments of pull request 7 of octo/cx; {@code Link} paging. */
    static final class GitHub extends Fake {
        static final String TOKEN = "ghp_FAKEPERSONALTOKEN0123456789";

        GitHub() {
            super(io.cxgate.ci.Platform.GITHUB, TOKEN, "cxgate-bot");
        }

        @Override
        Map<String, String> environment() {
            return env(
                    "GITHUB_API_URL", server.url("/").toString(),
                    "GITHUB_REPOSITORY", "octo/cx",
                    "GITHUB_REF", "refs/pull/7/merge",
                    "GITHUB_TOKEN", TOKEN,
                    "GITHUB_SERVER_URL", "https://github.example",
                    "GITHUB_RUN_ID", "99");
        }

        @Override
        MockResponse handle(RecordedRequest r, JsonNode body) {
            if (!("Bearer " + TOKEN).equals(r.getHeaders().get("Authorization"))) {
                return json(401, "{\"message\":\"Bad credentials\"}");
            }
            String path = r.getUrl().encodedPath();
            if (path.equals("/user")) {
                return json(200, "{\"login\":\"" + self() + "\"}");
            }
            if (path.equals("/repos/octo/cx/issues/7/comments") && r.getMethod().equals("GET")) {
                int page = page(r);
                ArrayNode out = JSON.createArrayNode();
                pageOf(page).forEach(c -> out.addObject().put("id", Long.parseLong(c.id())).put("body", c.body())
                        .putObject("user").put("login", c.author()));
                MockResponse.Builder response = okPage(out);
                if (!lastPage(page)) {
                    String base = server.url("/repos/octo/cx/issues/7/comments").toString();
                    response.setHeader("Link", "<" + base + "?per_page=100&page=" + (page + 1) + ">; rel=\"next\", <"
                            + base + "?per_page=100&page=" + (comments.size() / PAGE + 1) + ">; rel=\"last\"");
                }
                return response.build();
            }
            if (path.equals("/repos/octo/cx/issues/7/comments") && r.getMethod().equals("POST")) {
                Stored s = add(self(), body.path("body").asText());
                ObjectNode out = JSON.createObjectNode().put("id", Long.parseLong(s.id())).put("body", s.body());
                out.putObject("user").put("login", s.author());
                return json(201, out);
            }
            if (path.startsWith("/repos/octo/cx/issues/comments/") && r.getMethod().equals("PATCH")) {
                Stored old = find(path.substring(path.lastIndexOf('/') + 1));
                if (old == null) {
                    return json(404, "{\"message\":\"Not Found\"}");
                }
                if (!old.author().equals(self())) {
                    return json(403, "{\"message\":\"Must have admin rights to Repository.\"}");
                }
                replace(old, body.path("body").asText());
                return json(200, "{}");
            }
            return json(404, "{\"message\":\"Not Found\"}");
        }
    }

    /** GitLab: notes of merge request !7 of project 42; {@code X-Next-Page} paging; a system note. */
    static final class GitLab extends Fake {
        static final String TOKEN = "glpat-FAKEGITLABTOKEN01234";

        GitLab() {
            super(io.cxgate.ci.Platform.GITLAB, TOKEN, "project_42_bot");
        }

        @Override
        Map<String, String> environment() {
            return env(
                    "CI_API_V4_URL", server.url("/api/v4").toString(),
                    "CI_PROJECT_ID", "42",
                    "CI_MERGE_REQUEST_IID", "7",
                    "GITLAB_TOKEN", TOKEN,
                    "CI_JOB_URL", "https://gitlab.example/g/cx/-/jobs/99");
        }

        @Override
        MockResponse handle(RecordedRequest r, JsonNode body) {
            if (!TOKEN.equals(r.getHeaders().get("PRIVATE-TOKEN"))) {
                return json(401, "{\"message\":\"401 Unauthorized\"}");
            }
            String path = r.getUrl().encodedPath();
            String notes = "/api/v4/projects/42/merge_requests/7/notes";
            if (path.equals("/api/v4/user")) {
                return json(200, "{\"id\":5,\"username\":\"" + self() + "\"}");
            }
            if (path.equals(notes) && r.getMethod().equals("GET")) {
                int page = page(r);
                ArrayNode out = JSON.createArrayNode();
                pageOf(page).forEach(c -> out.addObject().put("id", Long.parseLong(c.id())).put("body", c.body())
                        .put("system", c.author().equals("system")).putObject("author").put("username",
                                c.author().equals("system") ? self() : c.author()));
                return okPage(out)
                        .setHeader("X-Next-Page", lastPage(page) ? "" : String.valueOf(page + 1))
                        .setHeader("X-Page", String.valueOf(page)).build();
            }
            if (path.equals(notes) && r.getMethod().equals("POST")) {
                Stored s = add(self(), body.path("body").asText());
                ObjectNode out = JSON.createObjectNode().put("id", Long.parseLong(s.id())).put("body", s.body());
                out.putObject("author").put("username", s.author());
                return json(201, out);
            }
            if (path.startsWith(notes + "/") && r.getMethod().equals("PUT")) {
                Stored old = find(path.substring(path.lastIndexOf('/') + 1));
                if (old == null || !old.author().equals(self())) {
                    return json(403, "{\"message\":\"403 Forbidden\"}");
                }
                replace(old, body.path("body").asText());
                return json(200, "{}");
            }
            return json(404, "{\"message\":\"404 Not Found\"}");
        }
    }

    /**
     * Azure DevOps: threads of pull request 7 in repository repo-1 of project "CX Project"; pages of two threads
     * linked by {@code x-ms-continuationtoken}. Each stored comment is a thread's first comment (thread ID = comment
     * ID), with a reply from someone else under it.
     */
    static final class AzureDevOps extends Fake {
        static final String TOKEN = "eyFAKEAZUREACCESSTOKEN0123";
        static final String SELF_ID = "0a1b2c3d-build-service";

        AzureDevOps() {
            super(io.cxgate.ci.Platform.AZURE_DEVOPS, TOKEN, SELF_ID);
        }

        @Override
        Map<String, String> environment() {
            return env(
                    "SYSTEM_COLLECTIONURI", server.url("/northwind/").toString(),
                    "SYSTEM_TEAMPROJECT", "CX Project",
                    "BUILD_REPOSITORY_ID", "repo-1",
                    "SYSTEM_PULLREQUEST_PULLREQUESTID", "7",
                    "SYSTEM_ACCESSTOKEN", TOKEN,
                    "BUILD_BUILDID", "99");
        }

        @Override
        MockResponse handle(RecordedRequest r, JsonNode body) {
            if (!("Bearer " + TOKEN).equals(r.getHeaders().get("Authorization"))) {
                return json(401, "{\"message\":\"TF400813: not authorized\"}");
            }
            if (!"7.1".equals(r.getUrl().queryParameter("api-version"))
                    && !r.getUrl().encodedPath().endsWith("/connectionData")) {
                return json(400, "{\"message\":\"api-version missing\"}");
            }
            List<String> segments = r.getUrl().pathSegments();
            String path = String.join("/", segments);
            String threads = "northwind/CX Project/_apis/git/repositories/repo-1/pullRequests/7/threads";
            if (path.equals("northwind/_apis/connectionData")) {
                return json(200, "{\"authenticatedUser\":{\"id\":\"" + SELF_ID + "\"}}");
            }
            if (path.equals(threads) && r.getMethod().equals("GET")) {
                String token = r.getUrl().queryParameter("continuationToken");
                int page = token == null ? 1 : Integer.parseInt(token.substring(1));
                ObjectNode out = JSON.createObjectNode();
                ArrayNode value = out.putArray("value");
                for (Stored c : pageOf(page)) {
                    ObjectNode thread = value.addObject().put("id", Integer.parseInt(c.id()));
                    ArrayNode list = thread.putArray("comments");
                    list.addObject().put("id", 2).put("parentCommentId", 1).put("content", "<!-- cxgate:env=prod -->\nreply quoting the marker")
                            .putObject("author").put("id", SELF_ID);
                    list.addObject().put("id", 1).put("parentCommentId", 0).put("content", c.body())
                            .putObject("author").put("id", c.author());
                }
                out.put("count", value.size());
                MockResponse.Builder response = okPage(out);
                if (!lastPage(page)) {
                    response.setHeader("x-ms-continuationtoken", "p" + (page + 1));
                }
                return response.build();
            }
            if (path.equals(threads) && r.getMethod().equals("POST")) {
                Stored s = add(SELF_ID, body.path("comments").get(0).path("content").asText());
                ObjectNode out = JSON.createObjectNode().put("id", Integer.parseInt(s.id()));
                out.putArray("comments").addObject().put("id", 1).put("parentCommentId", 0).put("content", s.body())
                        .putObject("author").put("id", SELF_ID);
                return json(200, out);
            }
            if (path.startsWith(threads + "/") && path.endsWith("/comments/1") && r.getMethod().equals("PATCH")) {
                Stored old = find(segments.get(segments.size() - 3));
                if (old == null || !old.author().equals(SELF_ID)) {
                    return json(403, "{\"message\":\"TF401027: You need the Git 'PullRequestContribute' permission\"}");
                }
                replace(old, body.path("content").asText());
                return json(200, "{}");
            }
            return json(404, "{\"message\":\"not found\"}");
        }
    }
}
