package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.cxgate.simulate.Finding;

class BoundedMarkdownRendererTest {
    private static final Report FULL = SampleReports.full();
    private static final String LINK = "https://ci.example/job/42/artifacts";

    @Test
    void aReportThatFitsIsTheMarkdownUnchanged() {
        String markdown = SampleReports.render(new MarkdownRenderer(), FULL);
        assertEquals(markdown, new BoundedMarkdownRenderer(65_536, Optional.of(LINK)).bounded(FULL));
    }

    @ParameterizedTest
    @ValueSource(ints = {65_536, 150_000, 1_000_000})
    void atEachPlatformLimitOrdinaryChangesAreCutAndTheEssentialsStayInOrder(int limit) {
        Report big = SampleReports.withOrdinaryChanges(FULL, limit / 150);
        assertTrue(SampleReports.render(new MarkdownRenderer(), big).length() > limit, "the report exceeds the limit");
        String body = new BoundedMarkdownRenderer(limit, Optional.of(LINK)).bounded(big);
        assertTrue(body.length() <= limit, body.length() + " > " + limit);
        assertTrue(body.length() > limit * 0.9, "the cut keeps as much as fits: " + body.length());
        int verdict = body.indexOf("### cxgate DENIED for `prod`");
        int counts = body.indexOf("| create | update | replace | delete |");
        int findings = body.indexOf("#### Live org findings");
        int destructive = body.indexOf("#### Destructive changes (2)");
        assertEquals(0, verdict);
        assertTrue(verdict < counts && counts < findings && findings < destructive, body.substring(0, 2000));
        for (Finding f : FULL.findings()) {
            assertTrue(body.contains(MarkdownRenderer.cell(f.message())), f.message());
        }
        assertTrue(body.contains("| **delete** | Queue \"Spanish Line (legacy)\" |"));
        assertTrue(body.contains("| **replace** | Skill \"Spanish - Native\" |"));
        assertTrue(body.contains("<details><summary>Queue \"Spanish Line (legacy)\": delete, 48 attributes</summary>"));
        long shownOrdinary = body.lines().filter(l -> l.startsWith("| **update** |")).count();
        long cut = big.changes().size() - 2 - shownOrdinary;
        assertTrue(cut > 0);
        assertEquals("**" + cut + " more changes, 1 more drifted object: see the report artifact ([report](" + LINK
                + ")).**", body.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void theRequiredApprovalsStayRightAfterTheVerdict() {
        Report big = SampleReports.withOrdinaryChanges(SampleReports.approvalRequired(), 1_000);
        String body = new BoundedMarkdownRenderer(65_536, Optional.empty()).bounded(big);
        assertTrue(body.length() <= 65_536);
        assertTrue(body.indexOf("**Required approvals:** cc-operations × 1") < body.indexOf("| create |"));
        assertTrue(body.contains("#### Destructive changes (2)"));
        assertTrue(body.endsWith(" more changes, 1 more drifted object: see the report artifact.**\n"),
                "no link when none is known: " + body.substring(body.length() - 200));
    }

    @Test
    void whenTheEssentialsThemselvesDoNotFitTheyAreCutLastWithCounts() {
        String body = new BoundedMarkdownRenderer(4_000, Optional.of(LINK)).bounded(FULL);
        assertTrue(body.length() <= 4_000, String.valueOf(body.length()));
        assertTrue(body.startsWith("### cxgate DENIED for `prod`"));
        assertTrue(body.contains("| 0 | 3 | 1 | 1 | 0 | 0 | 16 | 1 |"), "counts stay");
        assertFalse(body.contains("<details>"), "attribute tables go first");
        assertTrue(body.contains("more findings") || body.contains("destructive)"), body);
        assertTrue(body.contains("see the report artifact ([report](" + LINK + "))"), body);
    }

    @Test
    void destructiveChangesOutlastOrdinaryOnesWhenDetailsMustGo() {
        Report big = SampleReports.withOrdinaryChanges(FULL, 200);
        String full = new BoundedMarkdownRenderer(1_000_000, Optional.empty()).bounded(big);
        int withoutDetails = full.length() - 20_000;
        String body = new BoundedMarkdownRenderer(Math.max(10_000, withoutDetails / 4), Optional.empty()).bounded(big);
        assertTrue(body.contains("| **delete** | Queue \"Spanish Line (legacy)\" |"), body);
        assertTrue(body.contains("| **replace** | Skill \"Spanish - Native\" |"), body);
    }
}
