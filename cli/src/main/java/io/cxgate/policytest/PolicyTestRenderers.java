package io.cxgate.policytest;

import io.cxgate.InvalidInputException;
import io.cxgate.report.Format;

/** The one place that maps a format to a policy test renderer: text (default) and JUnit XML. */
public final class PolicyTestRenderers {
    private PolicyTestRenderers() {
    }

    public static PolicyTestRenderer forFormat(Format format) {
        switch (format) {
            case TEXT: return new TextTestRenderer();
            case JUNIT: return new JunitTestRenderer();
            case MARKDOWN:
            case JSON:
            case SARIF:
                throw new InvalidInputException("--format " + format.id() + ": policy test writes text or junit");
            default: throw new IllegalStateException("unhandled format " + format);
        }
    }
}
