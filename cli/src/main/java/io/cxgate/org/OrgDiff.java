package io.cxgate.org;

import java.util.List;
import java.util.Objects;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;

/**
 * How org snapshot B differs from snapshot A, type by type. Objects are matched by ID first (the
 * same org at two times), then by name through the mappings (two orgs, where IDs differ); matched
 * objects are then compared attribute by attribute ({@link AttributeDiffer}: no ids, timestamps,
 * versions or self URIs; references by the referenced object's name).
 *
 * @param a           the first snapshot
 * @param b           the second snapshot
 * @param types       per resource type exported in both, in type order, only types with differences
 * @param onlyInA     types exported in A but not in B (their objects are not compared)
 * @param onlyInB     types exported in B but not in A
 * @param unchanged   objects matched with the same (or a mapped) name and the same attributes, all types together
 */
public record OrgDiff(Side a, Side b, List<TypeDiff> types, List<String> onlyInA, List<String> onlyInB,
                      int unchanged) {
    /** The formats an org diff is printed in. */
    public static final Renderers<OrgDiff> RENDERERS = new Renderers<OrgDiff>("--format %s: org diff prints %s")
            .with(Format.TEXT, options -> new OrgDiffTextRenderer())
            .with(Format.MARKDOWN, options -> new OrgDiffMarkdownRenderer())
            .with(Format.JSON, options -> new OrgDiffJsonRenderer());

    public OrgDiff {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        types = List.copyOf(types);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }

    /** One snapshot: its file as the user named it, when it was exported, its region. */
    public record Side(String file, String exportedAt, String region, int objects) {
    }

    /** An object as the diff shows it. */
    public record Entry(String id, String name) {
    }

    /**
     * One attribute that differs; a value is null where that side lacks the attribute. Values are strings,
     * booleans, numbers, lists and maps; references hold the referenced object's name.
     */
    public record AttributeChange(String attribute, Object before, Object after) {
        public AttributeChange {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** The same object (same ID) under another name, and the attributes that changed with it. */
    public record Rename(String id, String before, String after, List<AttributeChange> attributes) {
        public Rename {
            attributes = List.copyOf(attributes);
        }
    }

    /** An object matched on both sides, same name, with attributes that differ (the id is B's). */
    public record Change(String id, String name, List<AttributeChange> attributes) {
        public Change {
            attributes = List.copyOf(attributes);
        }
    }

    public record TypeDiff(String type, String label, List<Entry> added, List<Entry> removed, List<Rename> renamed,
                           List<Change> changed) {
        public TypeDiff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            renamed = List.copyOf(renamed);
            changed = List.copyOf(changed);
        }
    }

    public int added() {
        return types.stream().mapToInt(t -> t.added().size()).sum();
    }

    public int removed() {
        return types.stream().mapToInt(t -> t.removed().size()).sum();
    }

    public int renamed() {
        return types.stream().mapToInt(t -> t.renamed().size()).sum();
    }

    /** An attribute value for text and Markdown: JSON ({@code "Sales"}, {@code ["a","b"]}), {@code (none)} for null. */
    static String display(Object value) {
        if (value == null) {
            return "(none)";
        }
        try {
            return DISPLAY.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** {@code description: "Old" → "New"}. */
    static String describe(AttributeChange change) {
        return change.attribute() + ": " + display(change.before()) + " → " + display(change.after());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper DISPLAY = new com.fasterxml.jackson.databind.ObjectMapper();

    public int changed() {
        return types.stream().mapToInt(t -> t.changed().size()).sum();
    }

    public boolean identical() {
        return types.isEmpty() && onlyInA.isEmpty() && onlyInB.isEmpty();
    }
}
