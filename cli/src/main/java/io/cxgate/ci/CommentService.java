package io.cxgate.ci;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.cxgate.genesys.api.Sleeper;
import io.cxgate.report.BoundedMarkdownRenderer;
import io.cxgate.report.Report;

/**
 * One sticky comment per environment on the current merge request. The comment is found again by a hidden marker
 * ({@code <!-- cxgate:env=prod -->}) on its first line, and only in a comment the identity cxgate posts as wrote, so
 * a marker planted by anyone else is ignored. The first run creates it; later runs update it, or leave it alone when
 * the body is the same; never a second one. The body is the Markdown report cut to the platform's limit.
 */
public final class CommentService {
    /** Where the report artifact can be read, for the "see the report artifact" link; else the platform's job page. */
    public static final String REPORT_URL = "CXGATE_REPORT_URL";

    private final Map<String, String> environment;
    private final Sleeper sleeper;
    private final Consumer<String> log;

    public CommentService(Map<String, String> environment, Sleeper sleeper, Consumer<String> log) {
        this.environment = Map.copyOf(environment);
        this.sleeper = sleeper;
        this.log = log;
    }

    /** Creates or updates the comment for {@code env} (default: the report's environment). */
    public CommentOutcome comment(Report report, Platform kind, Optional<String> env) {
        String name = env.orElse(report.environment());
        Platform.MergeRequest located = kind.locate(environment, sleeper, log);
        if (located instanceof Platform.MergeRequest.Absent absent) {
            return new CommentOutcome.NotInMergeRequest(absent.notice());
        }
        try (CommentPlatform platform = ((Platform.MergeRequest.Found) located).platform()) {
            return upsert(platform, report, name);
        }
    }

    CommentOutcome upsert(CommentPlatform platform, Report report, String env) {
        String marker = marker(env);
        Optional<String> link = Optional.ofNullable(environment.get(REPORT_URL)).filter(s -> !s.isBlank())
                .or(platform::jobUrl);
        String body = marker + "\n" + new BoundedMarkdownRenderer(platform.kind().limit() - marker.length() - 1, link)
                .bounded(report);
        String self = platform.identity();
        List<CommentPlatform.Comment> comments = platform.comments();
        Optional<CommentPlatform.Comment> mine = comments.stream()
                .filter(c -> c.author().equals(self) && firstLine(c.body()).equals(marker)).findFirst();
        if (mine.isEmpty()) {
            platform.create(body);
            return new CommentOutcome.Created(platform.where(), env, body.length());
        }
        if (normalised(mine.get().body()).equals(normalised(body))) {
            return new CommentOutcome.Unchanged(platform.where(), env);
        }
        platform.update(mine.get(), body);
        return new CommentOutcome.Updated(platform.where(), env, body.length());
    }

    /** {@code <!-- cxgate:env=prod -->}; characters that could end the HTML comment become {@code _}. */
    static String marker(String env) {
        return "<!-- cxgate:env=" + env.replaceAll("[^A-Za-z0-9._:/@+-]", "_").replace("--", "-_") + " -->";
    }

    private static String firstLine(String body) {
        String text = body.stripLeading();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Platforms may store line breaks as CRLF and drop trailing whitespace. */
    private static String normalised(String body) {
        return body.replace("\r\n", "\n").strip();
    }
}
