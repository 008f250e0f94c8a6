package io.cxgate.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.cxgate.InvalidInputException;

/** Turns a YAML parser failure into one line naming the file, line and column. */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    static InvalidInputException of(String display, JsonProcessingException e) {
        Mark mark = null;
        String problem = e.getOriginalMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                mark = new Mark(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
                problem = marked.getProblem();
                if (marked.getContext() != null && marked.getContextMark() != null) {
                    problem += " (" + marked.getContext() + " that starts at line "
                            + (marked.getContextMark().getLine() + 1) + ", column " + (marked.getContextMark().getColumn() + 1) + ")";
                }
                break;
            }
        }
        if (mark == null) {
            JsonLocation location = e.getLocation();
            mark = location == null ? Mark.START
                    : new Mark(Math.max(1, location.getLineNr()), Math.max(0, location.getColumnNr()));
        }
        return new InvalidInputException(display + ": " + mark + ": not valid YAML: "
                + YamlSource.oneLine(problem == null ? "unreadable" : problem), e);
    }
}
