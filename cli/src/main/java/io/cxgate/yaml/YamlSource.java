package io.cxgate.yaml;

import java.util.Objects;

import io.cxgate.InvalidInputException;

/**
 * The config file being read, for error messages: {@code <file>: line L, column C: <field>: <problem>}, one line.
 *
 * @param display the file as the user named it
 * @param marks   where each field was written
 */
public record YamlSource(String display, SourceMap marks) {
    public YamlSource {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(marks, "marks");
    }

    /** A problem with a field's value (points at the value when it is a scalar). */
    public InvalidInputException valueError(FieldPath path, String problem) {
        return at(display, marks.valueOf(path), path, problem);
    }

    /** A problem with a field as such: unknown, missing, duplicated (points at its key). */
    public InvalidInputException keyError(FieldPath path, String problem) {
        return at(display, marks.keyOf(path), path, problem);
    }

    public static InvalidInputException at(String display, Mark mark, FieldPath path, String problem) {
        String field = path.isRoot() ? "" : path.display() + ": ";
        return new InvalidInputException(display + ": " + mark + ": " + field + oneLine(problem));
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
