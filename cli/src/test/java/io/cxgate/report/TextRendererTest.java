package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRendererTest {
    @ParameterizedTest
    @ValueSource(strings = {"release", "skill-rename", "secrets", "errored", "skill-rename.prod-snapshot",
            "release.prod-snapshot"})
    void examplePlansRenderAsTheGoldenFiles(String example) throws IOException {
        GoldenReports.assertMatchesGolden(new TextRenderer(RenderOptions.PLAIN), example, "txt");
    }

    @Test
    void colourIsUsedOnlyWhenAskedFor() throws IOException {
        StringWriter plain = new StringWriter();
        new TextRenderer(RenderOptions.PLAIN).render(GoldenReports.exampleReport("release"), plain);
        assertFalse(plain.toString().contains("\u001b["));
        StringWriter coloured = new StringWriter();
        new TextRenderer(new RenderOptions(true)).render(GoldenReports.exampleReport("release"), coloured);
        assertTrue(coloured.toString().contains("\u001b[32m"));
    }
}
