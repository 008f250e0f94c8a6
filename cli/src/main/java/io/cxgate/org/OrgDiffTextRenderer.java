package io.cxgate.org;

import java.io.PrintWriter;
import java.io.Writer;

import io.cxgate.org.OrgDiff.Change;
import io.cxgate.org.OrgDiff.Entry;
import io.cxgate.org.OrgDiff.Rename;
import io.cxgate.org.OrgDiff.Side;
import io.cxgate.org.OrgDiff.TypeDiff;
import io.cxgate.report.Renderer;

/** An org diff for a terminal: both sides, the totals, then per type one line per object ({@code + - ~}). */
final class OrgDiffTextRenderer implements Renderer<OrgDiff> {
    @Override
    public void render(OrgDiff d, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("Org diff");
        out.println("  A  " + side(d.a()));
        out.println("  B  " + side(d.b()));
        out.println(totals(d));
        for (TypeDiff t : d.types()) {
            out.println();
            out.println(t.label() + " (" + t.type() + ")");
            for (Entry e : t.added()) {
                out.println("  + \"" + e.name() + "\"  " + e.id());
            }
            for (Entry e : t.removed()) {
                out.println("  - \"" + e.name() + "\"  " + e.id());
            }
            for (Rename r : t.renamed()) {
                out.println("  ~ \"" + r.before() + "\" → \"" + r.after() + "\"  " + r.id());
                r.attributes().forEach(a -> out.println("      " + OrgDiff.describe(a)));
            }
            for (Change c : t.changed()) {
                out.println("  * \"" + c.name() + "\"  " + c.id());
                c.attributes().forEach(a -> out.println("      " + OrgDiff.describe(a)));
            }
        }
        if (!d.onlyInA().isEmpty()) {
            out.println();
            out.println("Exported in A only (not compared): " + String.join(", ", d.onlyInA()));
        }
        if (!d.onlyInB().isEmpty()) {
            out.println();
            out.println("Exported in B only (not compared): " + String.join(", ", d.onlyInB()));
        }
        out.flush();
    }

    private static String side(Side s) {
        return s.file() + " (" + s.objects() + " objects, exported " + s.exportedAt()
                + (s.region() == null ? "" : ", " + s.region()) + ")";
    }

    static String totals(OrgDiff d) {
        return d.added() + " added, " + d.removed() + " removed, " + d.renamed() + " renamed, " + d.changed()
                + " changed, " + d.unchanged() + " unchanged";
    }
}
