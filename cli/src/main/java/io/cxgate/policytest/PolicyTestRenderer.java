package io.cxgate.policytest;

import java.io.IOException;
import java.io.Writer;

/** Prints policy test results in one format; never decides the exit code. */
public interface PolicyTestRenderer {
    void render(PolicyTestReport report, Writer out) throws IOException;
}
