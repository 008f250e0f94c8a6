package io.cxgate.yaml;

/** A place in the file: 1-based line and column; column 0 when unknown. */
public record Mark(int line, int column) {
    public static final Mark START = new Mark(1, 1);

    public Mark {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("bad mark " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "");
    }
}
