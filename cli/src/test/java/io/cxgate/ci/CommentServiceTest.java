package io.cxgate.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.ci.FakePlatforms.Fake;
import io.cxgate.ci.FakePlatforms.Stored;
import io.cxgate.report.Report;
import io.cxgate.report.SampleReports;
import mockwebserver3.MockResponse;

/** {@link CommentService} against recording stand-ins of the GitHub, GitLab and Azure DevOps APIs. */
class CommentServiceTest {
    private static final Report DENIED = SampleReports.full();
    private static final Report APPROVAL = SampleReports.approvalRequired();
    private static final String MARKER = "<!-- cxgate:env=prod -->";

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private Fake fake;

    static Stream<Fake> platforms() {
        return Stream.of(new FakePlatforms.GitHub(), new FakePlatforms.GitLab(), new FakePlatforms.AzureDevOps());
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.stop();
        }
    }

    private CommentOutcome comment(Fake platform, Report report) throws Exception {
        return comment(platform, report, platform.environment());
    }

    private CommentOutcome comment(Fake platform, Report report, Map<String, String> environment) {
        return new CommentService(environment, sleeps::add, log::add).comment(report, platform.kind(), Optional.empty());
    }

    private Fake start(Fake platform) throws Exception {
        fake = platform.start();
        return fake;
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void createsOnceThenUpdatesInPlaceThenLeavesAnUnchangedBodyAlone(Fake platform) throws Exception {
        start(platform);
        assertInstanceOf(CommentOutcome.Created.class, comment(platform, APPROVAL));
        List<Stored> mine = platform.byAuthor(platform.self());
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).body().startsWith(MARKER + "\n### cxgate APPROVAL REQUIRED for `prod`\n"),
                mine.get(0).body().substring(0, 100));

        assertInstanceOf(CommentOutcome.Updated.class, comment(platform, DENIED));
        mine = platform.byAuthor(platform.self());
        assertEquals(1, mine.size(), "updated in place, never a second comment");
        assertTrue(mine.get(0).body().startsWith(MARKER + "\n### cxgate DENIED for `prod`\n"));

        long writes = platform.writes();
        assertInstanceOf(CommentOutcome.Unchanged.class, comment(platform, DENIED));
        assertEquals(writes, platform.writes(), "an unchanged body is not written again");
        assertEquals(1, platform.byAuthor(platform.self()).size());
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void findsItsCommentOnALaterPageOfExistingComments(Fake platform) throws Exception {
        start(platform);
        for (int i = 0; i < 5; i++) {
            platform.seed("reviewer" + i, "LGTM " + i);
        }
        platform.seed(platform.self(), MARKER + "\nan older verdict");
        platform.seed("reviewer9", "one more");
        CommentOutcome outcome = comment(platform, DENIED);
        assertInstanceOf(CommentOutcome.Updated.class, outcome, outcome.line());
        assertEquals(1, platform.byAuthor(platform.self()).size());
        assertTrue(platform.byAuthor(platform.self()).get(0).body().contains("DENIED"));
        long listings = platform.seen.stream().filter(s -> s.method().equals("GET") && !s.path().endsWith("user")
                && !s.path().endsWith("connectionData")).count();
        assertEquals(4, listings, "7 comments, 2 a page: every page read");
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aMarkerInSomeoneElsesCommentIsIgnored(Fake platform) throws Exception {
        start(platform);
        platform.seed("mallory", MARKER + "\n### cxgate ALLOWED for `prod`");
        if (platform instanceof FakePlatforms.GitLab) {
            platform.seed("system", MARKER + "\nsystem note quoting the marker");
        }
        assertInstanceOf(CommentOutcome.Created.class, comment(platform, DENIED));
        assertEquals(MARKER + "\n### cxgate ALLOWED for `prod`", platform.byAuthor("mallory").get(0).body(),
                "the planted comment is left alone");
        assertEquals(1, platform.byAuthor(platform.self()).size());
        assertTrue(platform.byAuthor(platform.self()).get(0).body().contains("DENIED"));
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aForbiddenWriteIsOneLineNamingTheCallNeverTheToken(Fake platform) throws Exception {
        start(platform);
        platform.fail(FakePlatforms.json(403, "{\"message\":\"Resource not accessible by integration (token "
                + platform.token() + ")\"}"));
        CxgateException e = assertThrows(CxgateException.class, () -> comment(platform, DENIED));
        assertTrue(e.getMessage().startsWith(platform.kind().displayName() + ": GET /"), e.getMessage());
        assertTrue(e.getMessage().contains(": 403"), e.getMessage());
        assertFalse(e.getMessage().contains(platform.token()), e.getMessage());
        assertTrue(e.getMessage().contains("(sensitive)"), "an echoed token is masked: " + e.getMessage());
        assertEquals(1, platform.seen.size(), "a 403 is not retried");
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void a429WaitsTheRetryAfterSecondsThenSucceeds(Fake platform) throws Exception {
        start(platform);
        platform.fail(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        assertInstanceOf(CommentOutcome.Created.class, comment(platform, DENIED));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
        assertTrue(log.stream().anyMatch(l -> l.contains("429 rate limited; retry 2 of 5 in 7 s")), log.toString());
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void a502IsRetriedWithBackoffThenSucceeds(Fake platform) throws Exception {
        start(platform);
        platform.fail(FakePlatforms.json(502, "{\"message\":\"Bad Gateway\"}"));
        assertInstanceOf(CommentOutcome.Created.class, comment(platform, DENIED));
        assertEquals(1, sleeps.size());
        assertTrue(sleeps.get(0).compareTo(Duration.ofMillis(500)) >= 0 && sleeps.get(0).compareTo(Duration.ofSeconds(1)) <= 0,
                sleeps.toString());
        assertEquals(1, platform.byAuthor(platform.self()).size());
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aPlatformStillFailingAfterTheRetriesIsARuntimeFailure(Fake platform) throws Exception {
        start(platform);
        for (int i = 0; i < 5; i++) {
            platform.fail(FakePlatforms.json(503, "{\"message\":\"unavailable\"}"));
        }
        CxgateException e = assertThrows(CxgateException.class, () -> comment(platform, DENIED));
        assertFalse(e instanceof InvalidInputException);
        assertTrue(e.getMessage().contains(": 503"), e.getMessage());
        assertEquals(4, sleeps.size(), "5 attempts");
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aLongReportIsCutToThePlatformLimitKeepingTheDestructiveChanges(Fake platform) throws Exception {
        start(platform);
        Report big = SampleReports.withOrdinaryChanges(DENIED, platform.kind().limit() / 150);
        comment(platform, big);
        String body = platform.byAuthor(platform.self()).get(0).body();
        assertTrue(body.length() <= platform.kind().limit(), body.length() + " > " + platform.kind().limit());
        assertTrue(body.length() > platform.kind().limit() * 0.9, "as much as fits: " + body.length());
        assertTrue(body.startsWith(MARKER + "\n### cxgate DENIED"));
        assertTrue(body.contains("| **delete** | Queue \"Spanish Line (legacy)\" |"));
        assertTrue(body.contains("| **replace** | Skill \"Spanish\" |"));
        String job = platform.kind() == Platform.GITHUB ? "https://github.example/octo/cx/actions/runs/99"
                : platform.kind() == Platform.GITLAB ? "https://gitlab.example/g/cx/-/jobs/99"
                : platform.server.url("/northwind/CX%20Project/_build/results?buildId=99").toString();
        assertTrue(body.strip().endsWith("see the report artifact ([report](" + job + ")).**"),
                body.substring(body.length() - 200));
    }

    @org.junit.jupiter.api.Test
    void cxgateReportUrlIsTheLinkWhenSet() throws Exception {
        Fake platform = start(new FakePlatforms.GitHub());
        Map<String, String> env = new HashMap<>(platform.environment());
        env.put("CXGATE_REPORT_URL", "https://artifacts.example/prod/report.md");
        comment(platform, SampleReports.withOrdinaryChanges(DENIED, platform.kind().limit() / 150), env);
        assertTrue(platform.byAuthor(platform.self()).get(0).body().strip()
                .endsWith("([report](https://artifacts.example/prod/report.md)).**"));
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void theTokenIsSentOnlyInTheAuthHeader(Fake platform) throws Exception {
        start(platform);
        platform.seed(platform.self(), MARKER + "\nold");
        platform.fail(FakePlatforms.json(502, "{\"message\":\"Bad Gateway " + platform.token() + "\"}"));
        comment(platform, DENIED);
        assertTrue(platform.seen.size() >= 3);
        for (FakePlatforms.Seen s : platform.seen) {
            assertFalse(s.body().contains(platform.token()), "request body");
            assertFalse(s.path().contains(platform.token()) || String.valueOf(s.query()).contains(platform.token()));
            assertTrue(s.headers().contains(platform.token()), "every attempt authenticates");
        }
        for (Stored c : platform.comments) {
            assertFalse(c.body().contains(platform.token()));
        }
        assertFalse(String.join("\n", log).contains(platform.token()), log.toString());
        assertFalse(log.isEmpty(), "the retry was logged");
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void outsideAMergeRequestNothingIsPosted(Fake platform) throws Exception {
        start(platform);
        Map<String, String> env = new HashMap<>(platform.environment());
        env.remove("GITHUB_REF");
        env.remove("CI_MERGE_REQUEST_IID");
        env.remove("SYSTEM_PULLREQUEST_PULLREQUESTID");
        CommentOutcome outcome = comment(platform, DENIED, env);
        assertInstanceOf(CommentOutcome.NotInMergeRequest.class, outcome);
        assertTrue(outcome.line().contains("no comment posted"), outcome.line());
        assertEquals(0, platform.seen.size());
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aMissingTokenIsAUsageErrorNamingTheVariable(Fake platform) throws Exception {
        start(platform);
        Map<String, String> env = new HashMap<>(platform.environment());
        String variable = switch (platform.kind()) {
            case GITHUB -> "GITHUB_TOKEN";
            case GITLAB -> "CI_JOB_TOKEN";
            case AZURE_DEVOPS -> "SYSTEM_ACCESSTOKEN";
        };
        env.remove("GITHUB_TOKEN");
        env.remove("GITLAB_TOKEN");
        env.remove("SYSTEM_ACCESSTOKEN");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> comment(platform, DENIED, env));
        assertTrue(e.getMessage().contains(variable + " is not set"), e.getMessage());
        assertEquals(0, platform.seen.size());
    }
}
