package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.report.JsonRenderer;
import io.cxgate.report.SampleReports;
import io.cxgate.testing.CliRun;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** {@code cxgate comment} through the real command line: exit codes, one-line results and errors. */
class CommentCommandTest {
    private static final String TOKEN = "ghp_CLITESTTOKEN000111222";
    private static final String REPORT_JSON = SampleReports.render(new JsonRenderer(), SampleReports.approvalRequired());

    @TempDir
    Path dir;
    private MockWebServer server;
    private Path report;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        report = Files.writeString(dir.resolve("report.json"), REPORT_JSON);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Map<String, String> github() {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_API_URL", server.url("/").toString());
        env.put("GITHUB_REPOSITORY", "octo/cx");
        env.put("GITHUB_REF", "refs/pull/7/merge");
        env.put("GITHUB_TOKEN", TOKEN);
        return env;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private void assertOneLineError(CliRun run, int code, String fragment) {
        assertEquals(code, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, "exactly one stderr line: " + run.err());
        assertTrue(run.err().startsWith("cxgate: "), run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertFalse(run.err().contains(TOKEN), run.err());
        assertEquals("", run.out());
    }

    @Test
    void createsTheCommentFromAReportJsonAndSaysWhere() throws Exception {
        server.enqueue(json(200, "{\"login\":\"cxgate-bot\"}"));
        server.enqueue(json(200, "[{\"id\":1,\"user\":{\"login\":\"alice\"},\"body\":\"LGTM\"}]"));
        server.enqueue(json(201, "{\"id\":2,\"user\":{\"login\":\"cxgate-bot\"}}"));
        CliRun run = CliRun.withEnvironment(github(), "comment", "--report", report.toString(), "--github");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("cxgate: comment for prod created on GitHub pull request #7 of octo/cx ("),
                run.out());
        server.takeRequest();
        server.takeRequest();
        RecordedRequest post = server.takeRequest();
        assertEquals("POST", post.getMethod());
        assertEquals("/repos/octo/cx/issues/7/comments", post.getUrl().encodedPath());
        String body = post.getBody().utf8();
        assertTrue(body.startsWith("{\"body\":\"<!-- cxgate:env=prod -->\\n### cxgate APPROVAL REQUIRED for `prod`"), body);
    }

    @Test
    void envOverridesTheReportsEnvironmentInTheMarker() throws Exception {
        server.enqueue(json(200, "{\"login\":\"cxgate-bot\"}"));
        server.enqueue(json(200, "[]"));
        server.enqueue(json(201, "{\"id\":2}"));
        CliRun run = CliRun.withEnvironment(github(), "comment", "--report", report.toString(), "--github",
                "--env", "prod-eu");
        assertEquals(0, run.exitCode(), run.err());
        server.takeRequest();
        server.takeRequest();
        assertTrue(server.takeRequest().getBody().utf8().startsWith("{\"body\":\"<!-- cxgate:env=prod-eu -->"));
    }

    @Test
    void outsideAPullRequestItIsExitZeroWithANotice() {
        Map<String, String> env = github();
        env.remove("GITHUB_REF");
        CliRun run = CliRun.withEnvironment(env, "comment", "--report", report.toString(), "--github");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().strip().lines().count());
        assertTrue(run.out().startsWith("cxgate: not a pull request"), run.out());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMissingRepositoryVariableIsExitTwoNamingIt() {
        Map<String, String> env = github();
        env.remove("GITHUB_REPOSITORY");
        assertOneLineError(CliRun.withEnvironment(env, "comment", "--report", report.toString(), "--github"), 2,
                "GITHUB_REPOSITORY is not set");
    }

    @Test
    void aMissingGitLabTokenIsExitTwoNamingTheVariables() {
        Map<String, String> env = Map.of("CI_MERGE_REQUEST_IID", "7", "CI_API_V4_URL", server.url("/api/v4").toString(),
                "CI_PROJECT_ID", "42");
        assertOneLineError(CliRun.withEnvironment(env, "comment", "--report", report.toString(), "--gitlab"), 2,
                "CI_JOB_TOKEN is not set (GitLab token: set GITLAB_TOKEN (api scope), else CI_JOB_TOKEN)");
    }

    @Test
    void aPlatformRefusalIsExitOneWithoutTheToken() {
        server.enqueue(json(200, "{\"login\":\"cxgate-bot\"}"));
        server.enqueue(json(200, "[]"));
        server.enqueue(json(403, "{\"message\":\"Resource not accessible by integration\"}"));
        assertOneLineError(CliRun.withEnvironment(github(), "comment", "--report", report.toString(), "--github"), 1,
                "GitHub: POST /repos/octo/cx/issues/7/comments: 403: Resource not accessible by integration");
    }

    @Test
    void aReportThatIsNotAReportIsExitTwoNamingTheFileAndField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\":1,\"environment\":\"prod\"}");
        assertOneLineError(CliRun.withEnvironment(github(), "comment", "--report", bad.toString(), "--github"), 2,
                "bad.json: plan: missing or not an object");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  oops\n}");
        assertOneLineError(CliRun.withEnvironment(github(), "comment", "--report", broken.toString(), "--github"), 2,
                "broken.json:3:");
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void exactlyOnePlatformFlagIsRequired() {
        CliRun none = CliRun.withEnvironment(github(), "comment", "--report", report.toString());
        assertEquals(2, none.exitCode());
        CliRun two = CliRun.withEnvironment(github(), "comment", "--report", report.toString(), "--github", "--gitlab");
        assertEquals(2, two.exitCode());
    }
}
