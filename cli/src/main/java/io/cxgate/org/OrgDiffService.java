package io.cxgate.org;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.redact.Redactor;
import io.cxgate.org.OrgDiff.AttributeChange;
import io.cxgate.org.OrgDiff.Change;
import io.cxgate.org.OrgDiff.Entry;
import io.cxgate.org.OrgDiff.Rename;
import io.cxgate.org.OrgDiff.Side;
import io.cxgate.org.OrgDiff.TypeDiff;

/**
 * {@code cxgate org diff A B}: objects added, removed, renamed and changed between two orgs. Each side is a snapshot
 * file or {@code env:NAME}, the live org of that environment read now through its own credentials, region and
 * {@code apiBaseUrl} (the listings of {@code org export}, one per type, without flow dependency edges).
 */
public final class OrgDiffService {
    /** How a side names an environment's live org: {@code env:prod}. */
    public static final String ENV_PREFIX = "env:";

    private final ResourceCatalog catalog;
    private final OrgExportService live;

    /** Snapshot files only: an {@code env:} side is refused. */
    public OrgDiffService(ResourceCatalog catalog) {
        this(catalog, null);
    }

    /** @param live reads an {@code env:NAME} side (the process environment's credentials, progress lines) */
    public OrgDiffService(ResourceCatalog catalog, OrgExportService live) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.live = live;
    }

    /**
     * @param a, b        a snapshot file, or {@code env:NAME} for that environment's live org
     * @param environment whose {@code mappings} apply; empty: the mappings of the {@code env:} sides, else of every
     *                    environment of the config, when there is one
     */
    public record Request(String a, String b, Optional<Path> configFile, Path workingDir, Optional<String> environment) {
        public Request {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    public OrgDiff diff(Request request) {
        Map<String, String> mappings = mappings(request);
        // both sides' inputs are checked before either org is read
        for (String side : List.of(request.a(), request.b())) {
            environmentOf(side).ifPresent(env -> live().preflight(liveRequest(env, request)));
        }
        Redactor masks = ConfigLoader.load(request.configFile(), request.workingDir())
                .map(c -> Redactor.ofPatterns(c.maskPatterns(), c.file().toString()))
                .orElse(Redactor.none());
        return diff(read(request.a(), request), request.a(), read(request.b(), request), request.b(), mappings, masks);
    }

    private OrgExportService live() {
        if (live == null) {
            throw new IllegalStateException("this OrgDiffService reads snapshot files only");
        }
        return live;
    }

    private static OrgExportService.Request liveRequest(String env, Request request) {
        return new OrgExportService.Request(env, request.configFile(), request.workingDir(), List.of(), Optional.empty());
    }

    /** One side: a snapshot file (relative to the working directory), or the live org of {@code env:NAME}. */
    private OrgSnapshot read(String side, Request request) {
        Optional<String> env = environmentOf(side);
        if (env.isEmpty()) {
            return OrgSnapshot.read(request.workingDir().resolve(side).normalize());
        }
        return live().read(liveRequest(env.get(), request), "org diff " + side, false).snapshot();
    }

    /** {@code env:NAME} → NAME; a blank name is exit 2. */
    static Optional<String> environmentOf(String side) {
        if (!side.startsWith(ENV_PREFIX)) {
            return Optional.empty();
        }
        String name = side.substring(ENV_PREFIX.length()).strip();
        if (name.isEmpty()) {
            throw new io.cxgate.InvalidInputException(side + ": name an environment after env: (env:prod)");
        }
        return Optional.of(name);
    }

    /**
     * The mappings of {@code --env}; else those of the {@code env:} sides (A's, then B's); else every environment's
     * (in file order).
     */
    static Map<String, String> mappings(Request request) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        if (config.isEmpty()) {
            return Map.of();
        }
        if (request.environment().isPresent()) {
            return config.get().environment(request.environment().get()).mappings();
        }
        List<String> sides = new ArrayList<>();
        environmentOf(request.a()).ifPresent(sides::add);
        environmentOf(request.b()).ifPresent(sides::add);
        Map<String, String> all = new LinkedHashMap<>();
        if (!sides.isEmpty()) {
            sides.forEach(name -> config.get().environment(name).mappings().forEach(all::putIfAbsent));
            return all;
        }
        config.get().environments().values().forEach(env -> env.mappings().forEach(all::putIfAbsent));
        return all;
    }

    public OrgDiff diff(OrgSnapshot a, String aName, OrgSnapshot b, String bName, Map<String, String> mappings) {
        return diff(a, aName, b, bName, mappings, Redactor.none());
    }

    /** As above; attribute values shown are redacted (secret names at any depth, then {@code masks}). */
    public OrgDiff diff(OrgSnapshot a, String aName, OrgSnapshot b, String bName, Map<String, String> mappings,
            Redactor masks) {
        Map<String, List<OrgObject>> aByType = byType(a.objects());
        Map<String, List<OrgObject>> bByType = byType(b.objects());
        AttributeDiffer attributes = new AttributeDiffer(a, b, mappings, masks);
        List<TypeDiff> types = new ArrayList<>();
        int unchanged = 0;
        for (String type : new TreeSet<>(a.types())) {
            if (!b.types().contains(type)) {
                continue;
            }
            List<OrgObject> left = aByType.getOrDefault(type, List.of());
            List<OrgObject> right = new ArrayList<>(bByType.getOrDefault(type, List.of()));
            List<Entry> removed = new ArrayList<>();
            List<Rename> renamed = new ArrayList<>();
            List<Change> changed = new ArrayList<>();
            Map<String, OrgObject> rightById = new HashMap<>();
            right.forEach(o -> rightById.put(o.id(), o));
            List<OrgObject> unmatched = new ArrayList<>();
            for (OrgObject o : left) {
                OrgObject same = rightById.remove(o.id());
                if (same == null) {
                    unmatched.add(o);
                } else if (sameName(o.name(), same.name(), mappings)) {
                    unchanged += compare(attributes, o, same, changed);
                } else {
                    renamed.add(new Rename(o.id(), o.name(), same.name(), attributes.diff(o, same)));
                }
            }
            List<OrgObject> rest = new ArrayList<>(rightById.values());
            for (OrgObject o : unmatched) {
                Optional<OrgObject> named = rest.stream().filter(r -> sameName(o.name(), r.name(), mappings)).findFirst();
                if (named.isPresent()) {
                    rest.remove(named.get());
                    unchanged += compare(attributes, o, named.get(), changed);
                } else {
                    removed.add(new Entry(o.id(), o.name()));
                }
            }
            List<Entry> added = rest.stream().map(o -> new Entry(o.id(), o.name())).toList();
            if (!added.isEmpty() || !removed.isEmpty() || !renamed.isEmpty() || !changed.isEmpty()) {
                types.add(new TypeDiff(type, catalog.label(type), sorted(added), sorted(removed),
                        renamed.stream().sorted(Comparator.comparing(Rename::before).thenComparing(Rename::id)).toList(),
                        changed.stream().sorted(Comparator.comparing(Change::name).thenComparing(Change::id)).toList()));
            }
        }
        List<String> onlyInA = a.types().stream().filter(t -> !b.types().contains(t)).sorted().toList();
        List<String> onlyInB = b.types().stream().filter(t -> !a.types().contains(t)).sorted().toList();
        return new OrgDiff(side(a, aName), side(b, bName), types, onlyInA, onlyInB, unchanged);
    }

    /** 1 when the matched objects have the same attributes, else 0 and the change recorded. */
    private static int compare(AttributeDiffer attributes, OrgObject before, OrgObject after, List<Change> changed) {
        List<AttributeChange> differences = attributes.diff(before, after);
        if (differences.isEmpty()) {
            return 1;
        }
        changed.add(new Change(after.id(), after.name(), differences));
        return 0;
    }

    /** Equal names, or names the mappings say are the same object (either way round). */
    static boolean sameName(String a, String b, Map<String, String> mappings) {
        return a.equals(b) || b.equals(mappings.get(a)) || a.equals(mappings.get(b));
    }

    private static Side side(OrgSnapshot s, String name) {
        return new Side(name, s.exportedAt().toString(), s.region(), s.objects().size());
    }

    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::name).thenComparing(Entry::id)).toList();
    }

    private static Map<String, List<OrgObject>> byType(List<OrgObject> objects) {
        Map<String, List<OrgObject>> out = new HashMap<>();
        for (OrgObject o : objects) {
            out.computeIfAbsent(o.resourceType(), t -> new ArrayList<>()).add(o);
        }
        return out;
    }
}
