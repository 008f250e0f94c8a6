package io.cxgate.org;

import java.io.PrintWriter;
import java.io.Writer;

import java.util.List;
import java.util.stream.Collectors;

import io.cxgate.org.OrgDiff.AttributeChange;
import io.cxgate.org.OrgDiff.Change;
import io.cxgate.org.OrgDiff.Entry;
import io.cxgate.org.OrgDiff.Rename;
import io.cxgate.org.OrgDiff.TypeDiff;
import io.cxgate.report.Renderer;

/** An org diff for a merge request or wiki: both sides, the totals, one table row per object. */
final class OrgDiffMarkdownRenderer implements Renderer<OrgDiff> {
    @Override
    public void render(OrgDiff d, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("### Org diff");
        out.println();
        out.println("- **A** `" + cell(d.a().file()) + "`: " + d.a().objects() + " objects, exported " + d.a().exportedAt());
        out.println("- **B** `" + cell(d.b().file()) + "`: " + d.b().objects() + " objects, exported " + d.b().exportedAt());
        out.println();
        out.println(OrgDiffTextRenderer.totals(d));
        if (!d.types().isEmpty()) {
            out.println();
            out.println("| Type | Change | Name | ID | Attributes |");
            out.println("|---|---|---|---|---|");
            for (TypeDiff t : d.types()) {
                for (Entry e : t.added()) {
                    out.println("| " + cell(t.label()) + " | added | " + cell(e.name()) + " | `" + e.id() + "` | |");
                }
                for (Entry e : t.removed()) {
                    out.println("| " + cell(t.label()) + " | removed | " + cell(e.name()) + " | `" + e.id() + "` | |");
                }
                for (Rename r : t.renamed()) {
                    out.println("| " + cell(t.label()) + " | renamed | " + cell(r.before()) + " → " + cell(r.after())
                            + " | `" + r.id() + "` | " + attributes(r.attributes()) + " |");
                }
                for (Change c : t.changed()) {
                    out.println("| " + cell(t.label()) + " | changed | " + cell(c.name()) + " | `" + c.id() + "` | "
                            + attributes(c.attributes()) + " |");
                }
            }
        }
        if (!d.onlyInA().isEmpty() || !d.onlyInB().isEmpty()) {
            out.println();
            out.println("Not compared (exported on one side only): " + String.join(", ", d.onlyInA())
                    + (d.onlyInA().isEmpty() || d.onlyInB().isEmpty() ? "" : ", ") + String.join(", ", d.onlyInB()));
        }
        out.flush();
    }

    private static String attributes(List<AttributeChange> changes) {
        return changes.stream().map(a -> cell(OrgDiff.describe(a))).collect(Collectors.joining("<br>"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
