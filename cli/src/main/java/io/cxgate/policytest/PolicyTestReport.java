package io.cxgate.policytest;

import java.util.List;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;

/**
 * The results of {@code cxgate policy test}: every case, and the rules no case fires.
 *
 * @param directory     the policies directory as the user named it
 * @param untestedRules rules that fire in no case, in bundle order
 */
public record PolicyTestReport(String directory, List<CaseResult> cases, List<String> untestedRules) {
    /** The formats policy test results are printed in: text (default) and JUnit XML. */
    public static final Renderers<PolicyTestReport> RENDERERS =
            new Renderers<PolicyTestReport>("--format %s: policy test writes %s")
                    .with(Format.TEXT, options -> new TextTestRenderer())
                    .with(Format.JUNIT, options -> new JunitTestRenderer());

    public PolicyTestReport {
        cases = List.copyOf(cases);
        untestedRules = List.copyOf(untestedRules);
    }

    /** No case at all is not a pass: nothing was tested. */
    public boolean passed() {
        return !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }
}
