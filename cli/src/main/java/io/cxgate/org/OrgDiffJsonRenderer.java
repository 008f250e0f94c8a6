package io.cxgate.org;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.org.OrgDiff.AttributeChange;
import io.cxgate.org.OrgDiff.Change;
import io.cxgate.org.OrgDiff.Entry;
import io.cxgate.org.OrgDiff.Rename;
import io.cxgate.org.OrgDiff.Side;
import io.cxgate.org.OrgDiff.TypeDiff;
import io.cxgate.report.Renderer;

/** An org diff as JSON ({@code schemaVersion} 1): both sides, the summary, the differences per type. */
final class OrgDiffJsonRenderer implements Renderer<OrgDiff> {
    @Override
    public void render(OrgDiff d, Writer writer) throws IOException {
        JsonGenerator g = new JsonFactory(new ObjectMapper()).createGenerator(writer).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", 1);
        writeSide(g, "a", d.a());
        writeSide(g, "b", d.b());
        g.writeObjectFieldStart("summary");
        g.writeNumberField("added", d.added());
        g.writeNumberField("removed", d.removed());
        g.writeNumberField("renamed", d.renamed());
        g.writeNumberField("changed", d.changed());
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
                writeAttributes(g, r.attributes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changed");
            for (Change c : t.changed()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("name", c.name());
                writeAttributes(g, c.attributes());
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

    /** {@code "attributes": [{"attribute", "before", "after"}]}; a side without the attribute is null. */
    private static void writeAttributes(JsonGenerator g, List<AttributeChange> changes) throws IOException {
        g.writeArrayFieldStart("attributes");
        for (AttributeChange a : changes) {
            g.writeStartObject();
            g.writeStringField("attribute", a.attribute());
            g.writeFieldName("before");
            g.writeObject(a.before());
            g.writeFieldName("after");
            g.writeObject(a.after());
            g.writeEndObject();
        }
        g.writeEndArray();
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
