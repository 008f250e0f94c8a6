package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;
import io.cxgate.history.History;
import io.cxgate.history.Shown;
import io.cxgate.org.OrgDiff;
import io.cxgate.policytest.PolicyTestReport;

/** One renderer interface and one format table per document: reports, org diffs, policy test results. */
class RenderersTest {
    @Test
    void eachDocumentListsTheFormatsItIsPrintedIn() {
        assertEquals(List.of(Format.TEXT, Format.MARKDOWN, Format.JSON, Format.JUNIT, Format.SARIF), Renderers.REPORTS.formats());
        assertEquals(List.of(Format.TEXT, Format.MARKDOWN, Format.JSON), OrgDiff.RENDERERS.formats());
        assertEquals(List.of(Format.TEXT, Format.JUNIT), PolicyTestReport.RENDERERS.formats());
        assertEquals(List.of(Format.TEXT, Format.MARKDOWN, Format.JSON), History.RENDERERS.formats());
        assertEquals(List.of(Format.TEXT, Format.MARKDOWN, Format.JSON), Shown.RENDERERS.formats());
    }

    @Test
    void aFormatADocumentLacksIsInvalidInputNamingTheFormatsItHas() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OrgDiff.RENDERERS.forFormat(Format.SARIF, RenderOptions.PLAIN));
        assertEquals("--format sarif: org diff prints text, markdown or json", e.getMessage());

        e = assertThrows(InvalidInputException.class,
                () -> PolicyTestReport.RENDERERS.forFormat(Format.MARKDOWN, RenderOptions.PLAIN));
        assertEquals("--format markdown: policy test writes text or junit", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> History.RENDERERS.forFormat(Format.JUNIT, RenderOptions.PLAIN));
        assertEquals("--format junit: history prints text, markdown or json", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Shown.RENDERERS.forFormat(Format.SARIF, RenderOptions.PLAIN));
        assertEquals("--format sarif: show prints text, markdown or json", e.getMessage());
    }

    @Test
    void theTableBuildsTheRendererOfTheFormatAskedFor() {
        assertTrue(Renderers.REPORTS.forFormat(Format.JSON, RenderOptions.PLAIN) instanceof JsonRenderer);
        assertTrue(Renderers.REPORTS.forFormat(Format.TEXT, RenderOptions.PLAIN) instanceof TextRenderer);
        assertTrue(Renderers.REPORTS.forFormat(Format.MARKDOWN, RenderOptions.PLAIN) instanceof MarkdownRenderer);
    }
}
