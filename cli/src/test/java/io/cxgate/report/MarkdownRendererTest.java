package io.cxgate.report;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    @ParameterizedTest
    @ValueSource(strings = {"release", "skill-rename", "secrets", "errored", "skill-rename.prod-snapshot",
            "release.prod-snapshot"})
    void examplePlansRenderAsTheGoldenFiles(String example) throws IOException {
        GoldenReports.assertMatchesGolden(new MarkdownRenderer(), example, "md");
    }
}
