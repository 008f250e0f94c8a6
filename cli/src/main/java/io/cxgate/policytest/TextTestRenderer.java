package io.cxgate.policytest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;

import io.cxgate.report.Renderer;

/** One line per case (PASS/FAIL), what differed for failures, then the rules no case exercises and the totals. */
final class TextTestRenderer implements Renderer<PolicyTestReport> {
    @Override
    public void render(PolicyTestReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (CaseResult c : report.cases()) {
            out.println((c.passed() ? "PASS  " : "FAIL  ") + c.suite() + " / " + c.name());
            if (!c.passed()) {
                out.println("      at " + c.place());
                out.println("      expected " + c.expectedOutcome().id() + ", fired " + names(c.expectedFired()));
                out.println("      got      " + c.outcome().id() + ", fired " + names(c.fired()));
                c.reasons().forEach(r -> out.println("        - " + r));
            }
            c.errors().forEach(e -> out.println("      rule error: " + e));
        }
        if (!report.cases().isEmpty()) {
            out.println();
        }
        if (report.untestedRules().isEmpty()) {
            out.println("Every rule fires in at least one case.");
        } else {
            out.println("Rules no case exercises (" + report.untestedRules().size() + "): "
                    + String.join(", ", report.untestedRules()));
        }
        if (report.cases().isEmpty()) {
            out.println("No kind: PolicyTest cases in " + report.directory() + ": nothing was tested.");
        }
        long failed = report.failures();
        out.println(report.cases().size() + " case" + (report.cases().size() == 1 ? "" : "s") + " in "
                + report.directory() + ": " + (report.cases().size() - failed) + " passed, " + failed + " failed");
        out.flush();
    }

    private static String names(Set<String> rules) {
        return "[" + String.join(", ", new TreeSet<>(rules)) + "]";
    }
}
