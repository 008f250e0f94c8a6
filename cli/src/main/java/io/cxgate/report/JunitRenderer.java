package io.cxgate.report;

import static io.cxgate.report.XmlText.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * JUnit XML as GitLab, Azure DevOps and Jenkins read it: a suite with one test case for the decision (failing unless
 * it allows), a suite with one test case per rule firing (blocking firings fail: a mandatory deny or approval rule,
 * or a mandatory rule that errored) plus one skipped case per waiver, and a suite with one test case per live-org
 * finding (severity {@code error} fails). Passing cases carry their message in {@code <system-out>}.
 */
public final class JunitRenderer implements Renderer<Report> {

    /** One test case: a failure message and type when it fails, a skip message when skipped. */
    private record Case(String classname, String name, String failureType, String message, String detail,
                        boolean skipped) {
        boolean failed() {
            return failureType != null;
        }
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        String env = report.environment();
        List<List<Case>> suites = List.of(List.of(decision(report)), policies(report), findings(report));
        List<String> names = List.of("cxgate decision (" + env + ")", "cxgate policies (" + env + ")",
                "cxgate live org findings (" + env + ")");
        long tests = suites.stream().mapToLong(List::size).sum();
        long failures = suites.stream().flatMap(List::stream).filter(Case::failed).count();
        long skipped = suites.stream().flatMap(List::stream).filter(Case::skipped).count();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"cxgate " + escape(env) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"" + skipped + "\">\n");
        for (int i = 0; i < suites.size(); i++) {
            List<Case> cases = suites.get(i);
            if (cases.isEmpty()) {
                continue;
            }
            out.write("  <testsuite name=\"" + escape(names.get(i)) + "\" tests=\"" + cases.size() + "\" failures=\""
                    + cases.stream().filter(Case::failed).count() + "\" errors=\"0\" skipped=\""
                    + cases.stream().filter(Case::skipped).count() + "\">\n");
            for (Case c : cases) {
                writeCase(out, c);
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    private static void writeCase(Writer out, Case c) throws IOException {
        out.write("    <testcase classname=\"" + escape(c.classname()) + "\" name=\"" + escape(c.name()) + "\">\n");
        if (c.failed()) {
            out.write("      <failure message=\"" + escape(c.message()) + "\" type=\"" + escape(c.failureType()) + "\">"
                    + escape(c.detail()) + "</failure>\n");
        } else if (c.skipped()) {
            out.write("      <skipped message=\"" + escape(c.message()) + "\"/>\n");
        } else {
            out.write("      <system-out>" + escape(c.message() + (c.detail().isEmpty() ? "" : "\n" + c.detail()))
                    + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static Case decision(Report report) {
        Decision d = report.decision();
        String classname = "cxgate." + report.environment() + ".decision";
        String detail = String.join("\n", d.reasons());
        String message = Display.verdict(d).toLowerCase(java.util.Locale.ROOT)
                + (d.requiredApprovals().isEmpty() ? "" : ": " + Display.approvals(d.requiredApprovals()));
        boolean fails = d.outcome() != Decision.Outcome.ALLOW;
        return new Case(classname, "decision", fails ? d.outcome().id() : null, message, detail, false);
    }

    private static List<Case> policies(Report report) {
        List<Case> cases = new ArrayList<>();
        for (PolicyResult p : report.policies()) {
            String classname = "cxgate." + report.environment() + ".policy." + p.policy();
            String target = p.addresses().size() == 1 ? p.addresses().get(0) : p.addresses().size() + " resources";
            List<String> detail = new ArrayList<>();
            detail.add("policy " + p.policy() + ", rule " + p.rule() + ", " + p.effect().id() + " (" + p.enforcement().id() + ")");
            if (p.approvers() != null) {
                detail.add("approvers: " + p.approvers().group() + " × " + p.approvers().count());
            }
            if (p.error() != null) {
                detail.add("error: " + p.error());
            }
            p.addresses().forEach(a -> detail.add("- " + a));
            cases.add(new Case(classname, p.rule() + ": " + target, p.isBlocking() ? p.effect().id() : null, p.message(),
                    String.join("\n", detail), false));
        }
        for (WaiverResult w : report.waivers()) {
            String message = w.status().id() + " waiver by " + w.owner() + " until " + w.expires() + ": " + w.reason();
            cases.add(new Case("cxgate." + report.environment() + ".waiver", w.rule() + ": " + w.address(), null,
                    message, "", true));
        }
        return cases;
    }

    private static List<Case> findings(Report report) {
        List<Case> cases = new ArrayList<>();
        for (Finding f : report.findings()) {
            String classname = "cxgate." + report.environment() + ".finding." + f.code();
            String detail = f.severity().id() + " " + f.code() + " at " + f.address() + (f.object() == null ? ""
                    : "\nlive object: " + f.object().apiType() + " " + f.object().name() + " (" + f.object().id() + ")");
            boolean fails = f.severity() == Finding.Severity.ERROR;
            cases.add(new Case(classname, f.code() + ": " + f.address(), fails ? f.code().name() : null, f.message(), detail,
                    false));
        }
        return cases;
    }
}
