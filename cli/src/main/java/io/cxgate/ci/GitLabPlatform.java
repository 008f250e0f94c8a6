package io.cxgate.ci;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.cxgate.genesys.api.Sleeper;
import okhttp3.HttpUrl;

/**
 * Merge-request notes on GitLab: {@code CI_API_V4_URL}, {@code CI_PROJECT_ID}, {@code CI_MERGE_REQUEST_IID} and
 * {@code GITLAB_TOKEN} ({@code PRIVATE-TOKEN}: a project or personal access token with the {@code api} scope, posting
 * as the user {@code GET /user} names), else {@code CI_JOB_TOKEN} ({@code JOB-TOKEN}, acting as the job's user
 * {@code GITLAB_USER_LOGIN}). Notes are read 100 a page following {@code X-Next-Page}; system notes are skipped.
 */
final class GitLabPlatform implements CommentPlatform {
    private final PlatformHttp http;
    private final HttpUrl notes;
    private final String where;
    private final Optional<String> jobUser;
    private final HttpUrl api;
    private final Optional<String> jobUrl;

    private GitLabPlatform(PlatformHttp http, HttpUrl api, String project, String iid, Optional<String> jobUser,
            Optional<String> jobUrl) {
        this.http = http;
        this.api = api;
        this.notes = api.newBuilder().addPathSegment("projects").addPathSegment(project)
                .addPathSegment("merge_requests").addPathSegment(iid).addPathSegment("notes").build();
        this.where = "GitLab merge request !" + iid + " of project " + project;
        this.jobUser = jobUser;
        this.jobUrl = jobUrl;
    }

    static Platform.MergeRequest locate(Map<String, String> environment, Sleeper sleeper, Consumer<String> log) {
        CiVariables vars = new CiVariables(environment, "GitLab");
        Optional<String> iid = vars.optional("CI_MERGE_REQUEST_IID");
        if (iid.isEmpty()) {
            return new Platform.MergeRequest.Absent("not a merge request pipeline (CI_MERGE_REQUEST_IID is not set): "
                    + "no comment posted");
        }
        HttpUrl api = vars.url("CI_API_V4_URL", vars.required("CI_API_V4_URL", "API base URL"));
        String project = vars.required("CI_PROJECT_ID", "project ID");
        Optional<String> personal = vars.optional("GITLAB_TOKEN");
        PlatformHttp http;
        Optional<String> jobUser = Optional.empty();
        if (personal.isPresent()) {
            http = new PlatformHttp("GitLab", Map.of("PRIVATE-TOKEN", personal.get()), personal.get(), sleeper, log);
        } else {
            String job = vars.required("CI_JOB_TOKEN", "token: set GITLAB_TOKEN (api scope), else CI_JOB_TOKEN");
            jobUser = Optional.of(vars.required("GITLAB_USER_LOGIN", "user the CI_JOB_TOKEN acts as"));
            http = new PlatformHttp("GitLab", Map.of("JOB-TOKEN", job), job, sleeper, log);
        }
        return new Platform.MergeRequest.Found(new GitLabPlatform(http, api, project, iid.get(), jobUser,
                vars.optional("CI_JOB_URL")));
    }

    @Override
    public Platform kind() {
        return Platform.GITLAB;
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
        return jobUser.orElseGet(() -> http.get(api.newBuilder().addPathSegment("user").build()).body()
                .path("username").asText());
    }

    @Override
    public List<Comment> comments() {
        return http.pages(page("1"), (body, comments) -> {
            for (JsonNode note : body) {
                if (!note.path("system").asBoolean()) {
                    comments.accept(new Comment(note.path("id").asText(),
                            note.path("author").path("username").asText(), note.path("body").asText("")));
                }
            }
        }, response -> {
            String next = response.headers().get("X-Next-Page");
            return next == null || next.isBlank() ? null : page(next.strip());
        });
    }

    private HttpUrl page(String page) {
        return notes.newBuilder().addQueryParameter("per_page", "100").addQueryParameter("sort", "asc")
                .addQueryParameter("order_by", "created_at").addQueryParameter("page", page).build();
    }

    @Override
    public Comment create(String body) {
        JsonNode note = http.send("POST", notes, JsonNodeFactory.instance.objectNode().put("body", body), Map.of())
                .body();
        return new Comment(note.path("id").asText(), note.path("author").path("username").asText(), body);
    }

    @Override
    public void update(Comment comment, String body) {
        http.send("PUT", notes.newBuilder().addPathSegment(comment.id()).build(),
                JsonNodeFactory.instance.objectNode().put("body", body), Map.of());
    }

    @Override
    public void close() {
        http.close();
    }
}
