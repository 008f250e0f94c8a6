package io.cxgate.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.cxgate.InvalidInputException;
import io.cxgate.genesys.api.Sleeper;
import okhttp3.HttpUrl;

/**
 * Pull-request comments on GitHub (issue comments of the pull request): {@code GITHUB_API_URL} (default
 * {@code https://api.github.com}), {@code GITHUB_REPOSITORY}, the number from {@code GITHUB_EVENT_PATH}'s
 * {@code pull_request.number} (or {@code GITHUB_REF} {@code refs/pull/N/merge}) and {@code GITHUB_TOKEN}. Comments
 * are read 100 a page following the {@code Link} header's {@code rel="next"}. The Actions token ({@code ghs_…})
 * posts as {@code github-actions[bot]}; any other token as the login {@code GET /user} names.
 */
final class GitHubPlatform implements CommentPlatform {
    static final String ACTIONS_BOT = "github-actions[bot]";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");

    private final PlatformHttp http;
    private final HttpUrl api;
    private final String repository;
    private final int number;
    private final String token;
    private final Optional<String> jobUrl;

    private GitHubPlatform(PlatformHttp http, HttpUrl api, String repository, int number, String token,
            Optional<String> jobUrl) {
        this.http = http;
        this.api = api;
        this.repository = repository;
        this.number = number;
        this.token = token;
        this.jobUrl = jobUrl;
    }

    static Platform.MergeRequest locate(Map<String, String> environment, Sleeper sleeper, Consumer<String> log) {
        CiVariables vars = new CiVariables(environment, "GitHub");
        Optional<Integer> number = pullRequestNumber(vars);
        if (number.isEmpty()) {
            return new Platform.MergeRequest.Absent("not a pull request (no pull_request in GITHUB_EVENT_PATH, "
                    + "GITHUB_REF is not refs/pull/N/merge): no comment posted");
        }
        String repository = vars.required("GITHUB_REPOSITORY", "repository, owner/name");
        if (!repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw new InvalidInputException("cxgate comment: GITHUB_REPOSITORY is not owner/name: " + repository);
        }
        String token = vars.required("GITHUB_TOKEN", "token with pull-requests: write");
        HttpUrl api = vars.url("GITHUB_API_URL", vars.optional("GITHUB_API_URL").orElse("https://api.github.com"));
        Optional<String> jobUrl = vars.optional("GITHUB_RUN_ID").map(run -> vars.optional("GITHUB_SERVER_URL")
                .orElse("https://github.com") + "/" + repository + "/actions/runs/" + run);
        PlatformHttp http = new PlatformHttp("GitHub", Map.of("Authorization", "Bearer " + token,
                "Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"), token, sleeper, log);
        return new Platform.MergeRequest.Found(new GitHubPlatform(http, api, repository, number.get(), token, jobUrl));
    }

    private static Optional<Integer> pullRequestNumber(CiVariables vars) {
        Optional<String> eventPath = vars.optional("GITHUB_EVENT_PATH");
        if (eventPath.isPresent()) {
            Path path = Path.of(eventPath.get());
            if (Files.isRegularFile(path)) {
                try {
                    JsonNode event = new ObjectMapper().readTree(path.toFile());
                    JsonNode pr = event.path("pull_request").path("number");
                    if (pr.canConvertToInt() && pr.asInt() > 0) {
                        return Optional.of(pr.asInt());
                    }
                    JsonNode issue = event.path("issue");
                    if (issue.has("pull_request") && issue.path("number").asInt() > 0) {
                        return Optional.of(issue.path("number").asInt());
                    }
                } catch (IOException e) {
                    throw new InvalidInputException("cxgate comment: GITHUB_EVENT_PATH " + path
                            + ": not a readable event JSON: " + e.getMessage());
                }
            }
        }
        return vars.optional("GITHUB_REF").map(PULL_REF::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)));
    }

    @Override
    public Platform kind() {
        return Platform.GITHUB;
    }

    @Override
    public String where() {
        return "GitHub pull request #" + number + " of " + repository;
    }

    @Override
    public Optional<String> jobUrl() {
        return jobUrl;
    }

    @Override
    public String identity() {
        if (token.startsWith("ghs_")) {
            return ACTIONS_BOT;
        }
        return http.get(url("user")).body().path("login").asText();
    }

    @Override
    public List<Comment> comments() {
        return http.pages(url("repos/" + repository + "/issues/" + number + "/comments").newBuilder()
                .addQueryParameter("per_page", "100").build(), (body, comments) -> {
                    for (JsonNode c : body) {
                        comments.accept(new Comment(c.path("id").asText(), c.path("user").path("login").asText(),
                                c.path("body").asText("")));
                    }
                }, response -> sameOrigin(api, nextPage(response.headers().get("Link"))));
    }

    /** The {@code rel="next"} URL of a {@code Link} header, or null on the last page. */
    static HttpUrl nextPage(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? HttpUrl.parse(m.group(1)) : null;
    }

    /** A next-page URL only on the API's own origin: the token never goes to another host. */
    static HttpUrl sameOrigin(HttpUrl api, HttpUrl next) {
        if (next == null) {
            return null;
        }
        if (!next.scheme().equals(api.scheme()) || !next.host().equals(api.host()) || next.port() != api.port()) {
            throw new io.cxgate.CxgateException("GitHub: the next page of comments is on another host (" + next.host()
                    + "), not following it with the token");
        }
        return next;
    }

    @Override
    public Comment create(String body) {
        JsonNode c = http.send("POST", url("repos/" + repository + "/issues/" + number + "/comments"),
                JsonNodeFactory.instance.objectNode().put("body", body), Map.of()).body();
        return new Comment(c.path("id").asText(), c.path("user").path("login").asText(), body);
    }

    @Override
    public void update(Comment comment, String body) {
        http.send("PATCH", url("repos/" + repository + "/issues/comments/" + comment.id()),
                JsonNodeFactory.instance.objectNode().put("body", body), Map.of());
    }

    private HttpUrl url(String path) {
        HttpUrl.Builder b = api.newBuilder();
        for (String segment : path.split("/")) {
            b.addPathSegment(segment);
        }
        return b.build();
    }

    @Override
    public void close() {
        http.close();
    }
}
