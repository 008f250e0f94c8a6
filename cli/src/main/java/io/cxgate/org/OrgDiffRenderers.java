package io.cxgate.org;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.cxgate.InvalidInputException;
import io.cxgate.org.OrgDiff.Entry;
import io.cxgate.org.OrgDiff.Rename;
import io.cxgate.org.OrgDiff.Side;
import io.cxgate.org.OrgDiff.TypeDiff;
import io.cxgate.report.Format;

/** The one place that maps a {@code --format} to how an {@link OrgDiff} is printed: text, Markdown or JSON. */
public final class OrgDiffRenderers {
    private OrgDiffRenderers() {
    }

    /** Prints an org diff. */
    public interface Renderer {
        void render(OrgDiff diff, Writer out) throws IOException;
    }

    public static Renderer forFormat(Format format) {
        switch (format) {
            case TEXT: return OrgDiffRenderers::text;
            case MARKDOWN: return OrgDiffRenderers::markdown;
            case JSON: return OrgDiffRenderers::json;
            case JUNIT:
            case SARIF:
                throw new InvalidInputException("--format " + format.id() + ": org diff prints text, markdown or json");
            default: throw new IllegalStateException("unhandled format " + format);
        }
    }

    private static String side(Side s) {
        return s.file() + " (" + s.objects() + " objects, exported " + s.exportedAt()
                + (s.region() == null ? "" : ", " + s.region()) + ")";
    }

    private static String totals(OrgDiff d) {
        return d.added() + " added, " + d.removed() + " removed, " + d.renamed() + " renamed, " + d.unchanged()
                + " unchanged";
    }

    static void text(OrgDiff d, Writer writer) {
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

    static void markdown(OrgDiff d, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("### Org diff");
        out.println();
        out.println("- **A** `" + cell(d.a().file()) + "`: " + d.a().objects() + " objects, exported " + d.a().exportedAt());
        out.println("- **B** `" + cell(d.b().file()) + "`: " + d.b().objects() + " objects, exported " + d.b().exportedAt());
        out.println();
        out.println(totals(d));
        if (!d.types().isEmpty()) {
            out.println();
            out.println("| Type | Change | Name | ID |");
            out.println("|---|---|---|---|");
            for (TypeDiff t : d.types()) {
                for (Entry e : t.added()) {
                    out.println("| " + cell(t.label()) + " | added | " + cell(e.name()) + " | `" + e.id() + "` |");
                }
                for (Entry e : t.removed()) {
                    out.println("| " + cell(t.label()) + " | removed | " + cell(e.name()) + " | `" + e.id() + "` |");
                }
                for (Rename r : t.renamed()) {
                    out.println("| " + cell(t.label()) + " | renamed | " + cell(r.before()) + " → " + cell(r.after())
                            + " | `" + r.id() + "` |");
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

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static void json(OrgDiff d, Writer writer) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(writer).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", 1);
        writeSide(g, "a", d.a());
        writeSide(g, "b", d.b());
        g.writeObjectFieldStart("summary");
        g.writeNumberField("added", d.added());
        g.writeNumberField("removed", d.removed());
        g.writeNumberField("renamed", d.renamed());
        g.writeNumberField("unchanged", d.unchanged());
        g.writeEndObject();
        g.writeArrayFieldStart("types");
        for (TypeDiff t : d.types()) {
            g.writeStartObject();
            g.writeStringField("type", t.type());
            g.writeStringField("label", t.label());
            writeEntries(g, "added", t);
            g.writeArrayFieldStart("removed");
            for (Entry e : t.removed()) {
                writeEntry(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("renamed");
            for (Rename r : t.renamed()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("before", r.before());
                g.writeStringField("after", r.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("onlyInA");
        for (String t : d.onlyInA()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("onlyInB");
        for (String t : d.onlyInB()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        writer.write("\n");
        writer.flush();
    }

    private static void writeEntries(JsonGenerator g, String field, TypeDiff t) throws IOException {
        g.writeArrayFieldStart(field);
        for (Entry e : t.added()) {
            writeEntry(g, e);
        }
        g.writeEndArray();
    }

    private static void writeEntry(JsonGenerator g, Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeEndObject();
    }

    private static void writeSide(JsonGenerator g, String field, Side s) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("file", s.file());
        g.writeStringField("exportedAt", s.exportedAt());
        g.writeStringField("region", s.region());
        g.writeNumberField("objects", s.objects());
        g.writeEndObject();
    }
}
