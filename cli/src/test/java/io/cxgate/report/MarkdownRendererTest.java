package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.simulate.Finding;

class MarkdownRendererTest {
    private static final Report FULL = SampleReports.full();

    @ParameterizedTest
    @ValueSource(strings = {"release", "skill-rename", "secrets", "errored", "skill-rename.prod-snapshot",
            "release.prod-snapshot"})
    void examplePlansRenderAsTheGoldenFiles(String example) throws IOException {
        GoldenReports.assertMatchesGolden(new MarkdownRenderer(), example, "md");
    }

    @Test
    void fullReportMatchesTheGolden() throws IOException {
        String markdown = SampleReports.render(new MarkdownRenderer(), FULL);
        SampleReports.assertGolden(markdown, "ci-sample.md");
        // the HTML GitHub or GitLab would show, to look at: cli/target/ci-sample.html
        Files.writeString(Path.of("target/ci-sample.html"), html(markdown));
    }

    @Test
    void theVerdictComesFirstAsAPlainStatusLine() {
        String html = html(SampleReports.render(new MarkdownRenderer(), SampleReports.approvalRequired()));
        assertTrue(html.startsWith("<h3>cxgate APPROVAL REQUIRED for <code>prod</code></h3>\n"
                + "<p><strong>Status:</strong> approval required before apply: 5 changes (2 destructive), "
                + "0 live-org findings.</p>\n"
                + "<p><strong>Required approvals:</strong> cc-operations × 1</p>"), html);
        String head = html.substring(0, html.indexOf("<table>"));
        assertTrue(head.codePoints().noneMatch(MarkdownRendererTest::isEmoji), "no emoji before the counts: " + head);
    }

    @Test
    void countsAreAGfmTableWithEveryAction() {
        String html = html(SampleReports.render(new MarkdownRenderer(), FULL));
        String counts = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
        assertTrue(counts.contains("<th align=\"right\">create</th>"), counts);
        assertEquals(List.of("0", "3", "1", "1", "0", "0", "16", "1"), cells(counts, "td"));
    }

    @Test
    void findingsAndDestructiveChangesComeBeforeRulesWaiversAndOrdinaryChanges() {
        String html = html(SampleReports.render(new MarkdownRenderer(), FULL));
        int findings = html.indexOf("<h4>Live org findings</h4>");
        int destructive = html.indexOf("<h4>Destructive changes (2)</h4>");
        int rules = html.indexOf("<h4>Rules fired</h4>");
        int waivers = html.indexOf("<h4>Waivers</h4>");
        int other = html.indexOf("<h4>Other changes (3)</h4>");
        int drift = html.indexOf("<h4>Drift (changed outside Terraform) (1)</h4>");
        assertTrue(0 < findings && findings < destructive && destructive < rules && rules < waivers && waivers < other
                && other < drift, html);
    }

    @Test
    void attributeListsAreCollapsedDetailsWithRenderedTablesInside() {
        String html = html(SampleReports.render(new MarkdownRenderer(), FULL));
        assertTrue(html.contains("<details><summary>Queue \"Spanish Line (legacy)\": delete, 48 attributes</summary>"),
                html);
        String details = html.substring(html.indexOf("<details>"), html.indexOf("</details>"));
        assertTrue(details.contains("<table>") && details.contains("<code>acw_timeout_ms</code>"), details);
    }

    @Test
    void sensitiveValuesShowAsSensitive() throws IOException {
        String markdown = SampleReports.render(new MarkdownRenderer(), GoldenReports.exampleReport("secrets"));
        String html = html(markdown);
        assertTrue(html.contains("<td><code>password</code></td>\n<td><code>(sensitive)</code></td>"), html);
        String plan = Files.readString(io.cxgate.testing.Fixtures.repo("examples/plans/secrets.json"));
        assertTrue(plan.contains("CANARY-PASSWORD-2b8e41"), "the example plan holds canary secrets");
        assertFalse(markdown.contains("CANARY"), markdown);
    }

    @Test
    void textWithPipesAndMarkupStaysInItsCell() {
        Report r = FULL;
        Finding evil = new Finding(Finding.Code.NAME_CONFLICT, Finding.Severity.ERROR, "a.b", null, "name <b>x</b> | y\nz");
        Report report = new Report(r.schemaVersion(), r.environment(), r.plan(), r.simulation(), r.summary(),
                List.of(), List.of(), List.of(), List.of(evil), List.of(), List.of(), r.decision(), List.of());
        String html = html(SampleReports.render(new MarkdownRenderer(), report));
        String table = html.substring(html.indexOf("<h4>Live org findings</h4>"));
        List<String> cells = cells(table.substring(0, table.indexOf("</table>")), "td");
        assertEquals(List.of("error", "<code>NAME_CONFLICT</code>", "<code>a.b</code>", "name &lt;b&gt;x&lt;/b&gt; | y<br>z"),
                cells);
    }

    /** HTML as GitHub and GitLab render comments: CommonMark with GFM tables, raw HTML passed through. */
    static String html(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        return HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
    }

    private static List<String> cells(String html, String tag) {
        List<String> cells = new ArrayList<>();
        int at = 0;
        while ((at = html.indexOf("<" + tag, at)) >= 0) {
            int start = html.indexOf('>', at) + 1;
            int end = html.indexOf("</" + tag + ">", start);
            cells.add(html.substring(start, end));
            at = end;
        }
        return cells;
    }

    private static boolean isEmoji(int cp) {
        return cp >= 0x1F000 || cp >= 0x2600 && cp <= 0x27BF || cp == 0xFE0F;
    }
}
