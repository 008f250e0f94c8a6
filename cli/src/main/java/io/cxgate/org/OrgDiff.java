package io.cxgate.org;

import java.util.List;
import java.util.Objects;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;

/**
 * How org snapshot B differs from snapshot A, type by type. Objects are matched by ID first (the
 * same org at two times), then by name through the mappings (two orgs, where IDs differ).
 *
 * @param a           the first snapshot
 * @param b           the second snapshot
 * @param types       per resource type exported in both, in type order, only types with differences
 * @param onlyInA     types exported in A but not in B (their objects are not compared)
 * @param onlyInB     types exported in B but not in A
 * @param unchanged   objects matched with the same (or a mapped) name, all types together
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

    /** The same object (same ID) under another name. */
    public record Rename(String id, String before, String after) {
    }

    public record TypeDiff(String type, String label, List<Entry> added, List<Entry> removed, List<Rename> renamed) {
        public TypeDiff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            renamed = List.copyOf(renamed);
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

    public boolean identical() {
        return types.isEmpty() && onlyInA.isEmpty() && onlyInB.isEmpty();
    }
}
