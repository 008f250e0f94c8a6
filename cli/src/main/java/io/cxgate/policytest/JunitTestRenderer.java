package io.cxgate.policytest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cxgate.report.XmlText;

/**
 * JUnit XML as CI systems read it: one {@code <testsuite>} per PolicyTest, one {@code <testcase>} per case with a
 * {@code <failure>} saying what differed, and a last suite listing the rules no case exercises as skipped.
 */
final class JunitTestRenderer implements PolicyTestRenderer {
    static final String UNTESTED_SUITE = "rules no case exercises";

    @Override
    public void render(PolicyTestReport report, Writer out) throws IOException {
        Map<String, List<CaseResult>> suites = new LinkedHashMap<>();
        report.cases().forEach(c -> suites.computeIfAbsent(c.suite() + "\u0000" + c.file(), k -> new ArrayList<>()).add(c));
        long millis = report.cases().stream().mapToLong(CaseResult::millis).sum();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"cxgate policy test\" tests=\"" + (report.cases().size() + report.untestedRules().size())
                + "\" failures=\"" + report.failures() + "\" skipped=\"" + report.untestedRules().size()
                + "\" time=\"" + seconds(millis) + "\">\n");
        for (List<CaseResult> cases : suites.values()) {
            CaseResult first = cases.get(0);
            long failures = cases.stream().filter(c -> !c.passed()).count();
            out.write("  <testsuite name=\"" + xml(first.suite()) + "\" file=\"" + xml(first.file()) + "\" tests=\""
                    + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\""
                    + seconds(cases.stream().mapToLong(CaseResult::millis).sum()) + "\">\n");
            for (CaseResult c : cases) {
                out.write("    <testcase classname=\"" + xml(c.suite()) + "\" name=\"" + xml(c.name()) + "\" file=\""
                        + xml(c.file()) + "\" time=\"" + seconds(c.millis()) + "\"");
                if (c.passed() && c.errors().isEmpty()) {
                    out.write("/>\n");
                    continue;
                }
                out.write(">\n");
                if (!c.passed()) {
                    String message = "expected " + c.expectedOutcome().id() + " " + names(c.expectedFired()) + ", got "
                            + c.outcome().id() + " " + names(c.fired());
                    StringBuilder body = new StringBuilder("at " + c.place() + "\n");
                    c.reasons().forEach(r -> body.append("- ").append(r).append('\n'));
                    out.write("      <failure message=\"" + xml(message) + "\" type=\"PolicyTestFailure\">"
                            + xml(body.toString()) + "</failure>\n");
                }
                if (!c.errors().isEmpty()) {
                    out.write("      <system-err>" + xml(String.join("\n", c.errors())) + "</system-err>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        if (!report.untestedRules().isEmpty()) {
            out.write("  <testsuite name=\"" + UNTESTED_SUITE + "\" tests=\"" + report.untestedRules().size()
                    + "\" failures=\"0\" errors=\"0\" skipped=\"" + report.untestedRules().size() + "\" time=\"0.000\">\n");
            for (String rule : report.untestedRules()) {
                out.write("    <testcase classname=\"" + UNTESTED_SUITE + "\" name=\"" + xml(rule) + "\" time=\"0.000\">"
                        + "<skipped message=\"no case fires this rule\"/></testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    private static String names(Set<String> rules) {
        return "[" + String.join(", ", new TreeSet<>(rules)) + "]";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String xml(String text) {
        return XmlText.escape(text);
    }
}
