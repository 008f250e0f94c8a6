package io.cxgate.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * The {@link MarkdownRenderer} cut to at most {@code limit} characters (a merge-request comment limit). The verdict,
 * required approvals, counts, findings and destructive changes stay, in that order; what follows them (rule firings,
 * waivers, ordinary changes, drift) is cut from the end first, and a closing line counts what was left out and points
 * at the report artifact ({@code link} when known). When even the essentials do not fit, the attribute tables go,
 * then destructive changes and findings from the end, always counted.
 */
public final class BoundedMarkdownRenderer implements Renderer {
    private final int limit;
    private final Optional<String> link;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public BoundedMarkdownRenderer(int limit, Optional<String> link) {
        if (limit < 200) {
            throw new IllegalArgumentException("a comment limit under 200 characters cannot hold a verdict: " + limit);
        }
        this.limit = limit;
        this.link = Objects.requireNonNull(link, "link");
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        out.write(bounded(report));
        out.flush();
    }

    /** The body, at most {@code limit} characters. */
    public String bounded(Report report) {
        String full = markdown(report);
        if (full.length() <= limit) {
            return full;
        }
        Parts parts = Parts.of(report);
        for (boolean details : new boolean[] {true, false}) {
            Parts shown = details ? parts : parts.withoutAttributes();
            int keep = largestFitting(shown.rest.size(), k -> shown.keepRest(k).render(this));
            if (keep >= 0) {
                return shown.keepRest(keep).render(this);
            }
        }
        Parts bare = parts.withoutAttributes().keepRest(0);
        int keep = largestFitting(bare.essentials.size(), k -> bare.keepEssentials(k).render(this));
        String body = bare.keepEssentials(Math.max(keep, 0)).render(this);
        return body.length() <= limit ? body : hardCut(body);
    }

    /** The largest k in [0, n] whose rendering fits, or -1 when even k = 0 does not (renderings grow with k). */
    private int largestFitting(int n, IntFunction<String> render) {
        if (render.apply(0).length() > limit) {
            return -1;
        }
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (render.apply(mid).length() <= limit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private String hardCut(String body) {
        String note = "\n\n" + note("the rest of this report") + "\n";
        return body.substring(0, Math.max(0, limit - note.length())) + note;
    }

    private String note(String what) {
        return "**" + what + ": see the report artifact" + link.map(url -> " ([report](" + url + "))").orElse("") + ".**";
    }

    private String markdown(Report report) {
        StringWriter out = new StringWriter();
        try {
            markdown.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One item the comment may leave out, in the order it is kept. */
    private record Item(Kind kind, Object value) {
    }

    private enum Kind {
        FINDING("finding", "findings"), DESTRUCTIVE("change", "changes"), POLICY("rule firing", "rule firings"),
        WAIVER("waiver", "waivers"), CHANGE("change", "changes"), DRIFT("drifted object", "drifted objects");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    /** A report split into essentials (findings, destructive changes) and the rest, and how much of each is shown. */
    private record Parts(Report report, List<Item> essentials, List<Item> rest, int essentialsShown, int restShown,
                         boolean details) {
        static Parts of(Report report) {
            List<Item> essentials = new ArrayList<>();
            report.findings().forEach(f -> essentials.add(new Item(Kind.FINDING, f)));
            report.changes().stream().filter(MarkdownRenderer::isDestructive)
                    .forEach(c -> essentials.add(new Item(Kind.DESTRUCTIVE, c)));
            List<Item> rest = new ArrayList<>();
            report.policies().forEach(p -> rest.add(new Item(Kind.POLICY, p)));
            report.waivers().forEach(w -> rest.add(new Item(Kind.WAIVER, w)));
            report.changes().stream().filter(c -> !MarkdownRenderer.isDestructive(c))
                    .forEach(c -> rest.add(new Item(Kind.CHANGE, c)));
            report.drift().forEach(d -> rest.add(new Item(Kind.DRIFT, d)));
            return new Parts(report, essentials, rest, essentials.size(), rest.size(), true);
        }

        Parts withoutAttributes() {
            List<Item> e = essentials.stream().map(Parts::bare).toList();
            List<Item> r = rest.stream().map(Parts::bare).toList();
            return new Parts(report, e, r, essentialsShown, restShown, false);
        }

        private static Item bare(Item item) {
            return item.value() instanceof ResourceChange c ? new Item(item.kind(), c.withAttributes(List.of())) : item;
        }

        Parts keepRest(int k) {
            return new Parts(report, essentials, rest, essentialsShown, k, details);
        }

        Parts keepEssentials(int k) {
            return new Parts(report, essentials, rest, k, 0, details);
        }

        /** The trimmed report rendered, with a closing line counting what is not shown. */
        String render(BoundedMarkdownRenderer renderer) {
            List<Item> shown = new ArrayList<>(essentials.subList(0, essentialsShown));
            shown.addAll(rest.subList(0, restShown));
            List<ResourceChange> changes = new ArrayList<>();
            List<ResourceChange> drift = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            List<PolicyResult> policies = new ArrayList<>();
            List<WaiverResult> waivers = new ArrayList<>();
            for (Item item : shown) {
                switch (item.kind()) {
                    case FINDING -> findings.add((Finding) item.value());
                    case DESTRUCTIVE, CHANGE -> changes.add((ResourceChange) item.value());
                    case DRIFT -> drift.add((ResourceChange) item.value());
                    case POLICY -> policies.add((PolicyResult) item.value());
                    case WAIVER -> waivers.add((WaiverResult) item.value());
                    default -> throw new IllegalStateException("unhandled kind " + item.kind());
                }
            }
            Report r = report;
            Report trimmed = new Report(r.schemaVersion(), r.environment(), r.plan(), r.simulation(), r.summary(),
                    changes, drift, r.outputs(), findings, policies, waivers, r.decision(), r.warnings());
            String body = renderer.markdown(trimmed);
            String omitted = omitted();
            if (omitted.isEmpty() && details) {
                return body;
            }
            String what = omitted.isEmpty() ? "attribute details not shown" : omitted
                    + (details ? "" : " (and attribute details)");
            return body + "\n\n" + renderer.note(what) + "\n";
        }

        /** "412 more changes, 3 more rule firings", or empty when everything is shown. */
        private String omitted() {
            List<Item> cut = new ArrayList<>(essentials.subList(essentialsShown, essentials.size()));
            cut.addAll(rest.subList(restShown, rest.size()));
            if (cut.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            int changes = 0;
            for (Item item : cut) {
                if (item.kind() == Kind.DESTRUCTIVE || item.kind() == Kind.CHANGE) {
                    changes++;
                }
            }
            long destructive = cut.stream().filter(i -> i.kind() == Kind.DESTRUCTIVE).count();
            if (changes > 0) {
                parts.add(changes + " more " + (changes == 1 ? Kind.CHANGE.one : Kind.CHANGE.many)
                        + (destructive == 0 ? "" : " (" + destructive + " destructive)"));
            }
            for (Kind kind : List.of(Kind.FINDING, Kind.POLICY, Kind.WAIVER, Kind.DRIFT)) {
                long n = cut.stream().filter(i -> i.kind() == kind).count();
                if (n > 0) {
                    parts.add(n + " more " + (n == 1 ? kind.one : kind.many));
                }
            }
            return String.join(", ", parts);
        }
    }
}
