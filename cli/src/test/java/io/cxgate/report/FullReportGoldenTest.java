package io.cxgate.report;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The full report (every rule effect and scope, waivers applied and expired, findings of every code, drift,
 * required approvals) in each format, against golden files.
 */
class FullReportGoldenTest {
    @Test
    void text() throws IOException {
        GoldenReports.assertMatchesGolden(new TextRenderer(RenderOptions.PLAIN), GoldenReports.FULL, "txt");
    }

    @Test
    void markdown() throws IOException {
        GoldenReports.assertMatchesGolden(new MarkdownRenderer(), GoldenReports.FULL, "md");
    }

    @Test
    void json() throws IOException {
        GoldenReports.assertMatchesGolden(new JsonRenderer(), GoldenReports.FULL, "json");
    }
}
