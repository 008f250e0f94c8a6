package io.cxgate.ci;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.api.Sleeper;
import okhttp3.HttpUrl;

/**
 * Pull-request threads on Azure DevOps: {@code SYSTEM_COLLECTIONURI}, {@code SYSTEM_TEAMPROJECT},
 * {@code BUILD_REPOSITORY_ID}, {@code SYSTEM_PULLREQUEST_PULLREQUESTID} and {@code SYSTEM_ACCESSTOKEN} (the job's
 * {@code $(System.AccessToken)}, its build service needing "Contribute to pull requests"). cxgate's comment is the
 * first comment of a thread it created, updated in place; the identity is {@code connectionData}'s authenticated
 * user. Threads are read following {@code x-ms-continuationtoken} when the service pages them.
 */
final class AzureDevOpsPlatform implements CommentPlatform {
    private static final String API_VERSION = "7.1";

    private final PlatformHttp http;
    private final HttpUrl collection;
    private final HttpUrl threads;
    private final String where;
    private final Optional<String> jobUrl;

    private AzureDevOpsPlatform(PlatformHttp http, HttpUrl collection, String project, String repository,
            String pullRequest, Optional<String> jobUrl) {
        this.http = http;
        this.collection = collection;
        this.threads = segments(collection, project, "_apis", "git", "repositories", repository, "pullRequests",
                pullRequest, "threads");
        this.where = "Azure DevOps pull request " + pullRequest + " of " + project;
        this.jobUrl = jobUrl;
    }

    static Platform.MergeRequest locate(Map<String, String> environment, Sleeper sleeper, Consumer<String> log) {
        CiVariables vars = new CiVariables(environment, "Azure DevOps");
        Optional<String> pullRequest = vars.optional("SYSTEM_PULLREQUEST_PULLREQUESTID");
        if (pullRequest.isEmpty()) {
            return new Platform.MergeRequest.Absent("not a pull request build (SYSTEM_PULLREQUEST_PULLREQUESTID is "
                    + "not set): no comment posted");
        }
        HttpUrl collection = vars.url("SYSTEM_COLLECTIONURI", vars.required("SYSTEM_COLLECTIONURI", "organization URL"));
        String project = vars.required("SYSTEM_TEAMPROJECT", "project");
        String repository = vars.required("BUILD_REPOSITORY_ID", "repository ID");
        String token = vars.required("SYSTEM_ACCESSTOKEN", "token: map $(System.AccessToken) into the step's env");
        Optional<String> jobUrl = vars.optional("BUILD_BUILDID").map(id -> segments(collection, project, "_build",
                "results").newBuilder().addQueryParameter("buildId", id).build().toString());
        PlatformHttp http = new PlatformHttp("Azure DevOps", Map.of("Authorization", "Bearer " + token), token,
                sleeper, log);
        return new Platform.MergeRequest.Found(new AzureDevOpsPlatform(http, collection, project, repository,
                pullRequest.get(), jobUrl));
    }

    private static HttpUrl segments(HttpUrl base, String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String segment : segments) {
            b.addPathSegment(segment);
        }
        return b.build();
    }

    private static HttpUrl versioned(HttpUrl url) {
        return url.newBuilder().addQueryParameter("api-version", API_VERSION).build();
    }

    @Override
    public Platform kind() {
        return Platform.AZURE_DEVOPS;
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public Optional<String> jobUrl() {
        return jobUrl;
    }

    @Override
    public String identity() {
        return http.get(segments(collection, "_apis", "connectionData")).body().path("authenticatedUser").path("id")
                .asText();
    }

    /** The first comment of each thread, as {@code threadId/commentId}; deleted threads and comments skipped. */
    @Override
    public List<Comment> comments() {
        return http.pages(versioned(threads), (body, comments) -> {
            for (JsonNode thread : body.path("value")) {
                if (thread.path("isDeleted").asBoolean()) {
                    continue;
                }
                JsonNode first = firstComment(thread.path("comments"));
                if (first != null) {
                    comments.accept(new Comment(thread.path("id").asText() + "/" + first.path("id").asText(),
                            first.path("author").path("id").asText(), first.path("content").asText("")));
                }
            }
        }, response -> {
            String next = response.headers().get("x-ms-continuationtoken");
            return next == null || next.isBlank() ? null
                    : versioned(threads).newBuilder().addQueryParameter("continuationToken", next).build();
        });
    }

    /** The thread's opening comment: no parent, lowest ID, not deleted; or null. */
    private static JsonNode firstComment(JsonNode comments) {
        JsonNode first = null;
        for (JsonNode c : comments) {
            if (c.path("parentCommentId").asInt(0) != 0) {
                continue;
            }
            if (first == null || c.path("id").asInt() < first.path("id").asInt()) {
                first = c;
            }
        }
        return first == null || first.path("isDeleted").asBoolean() ? null : first;
    }

    @Override
    public Comment create(String body) {
        ObjectNode thread = JsonNodeFactory.instance.objectNode();
        thread.putArray("comments").addObject().put("parentCommentId", 0).put("content", body).put("commentType", 1);
        thread.put("status", "active");
        JsonNode created = http.send("POST", versioned(threads), thread, Map.of()).body();
        JsonNode first = firstComment(created.path("comments"));
        String comment = first == null ? "1" : first.path("id").asText();
        return new Comment(created.path("id").asText() + "/" + comment,
                first == null ? "" : first.path("author").path("id").asText(), body);
    }

    @Override
    public void update(Comment comment, String body) {
        String[] ids = comment.id().split("/", 2);
        http.send("PATCH", versioned(segments(threads, ids[0], "comments", ids[1])),
                JsonNodeFactory.instance.objectNode().put("content", body), Map.of());
    }

    @Override
    public void close() {
        http.close();
    }
}
