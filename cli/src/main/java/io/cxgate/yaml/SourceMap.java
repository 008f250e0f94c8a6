package io.cxgate.yaml;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each field of the document was written, by JSON pointer: the mark of its key (for list elements and
 * the root, of the element itself) and, for scalars, of its value.
 */
public final class SourceMap {
    private final Map<String, Mark> keys = new HashMap<>();
    private final Map<String, Mark> values = new HashMap<>();

    void putKey(FieldPath path, Mark mark) {
        keys.putIfAbsent(path.pointer(), Objects.requireNonNull(mark));
    }

    void putValue(FieldPath path, Mark mark) {
        values.putIfAbsent(path.pointer(), Objects.requireNonNull(mark));
    }

    /** Where the field's key is; for a field not in the file (e.g. a missing required one), its nearest ancestor. */
    public Mark keyOf(FieldPath path) {
        return find(path, false);
    }

    /** Where the field's scalar value is; its key for a mapping or list. */
    public Mark valueOf(FieldPath path) {
        return find(path, true);
    }

    private Mark find(FieldPath path, boolean preferValue) {
        for (FieldPath p = path; ; p = p.parent()) {
            String pointer = p.pointer();
            Mark mark = preferValue ? values.getOrDefault(pointer, keys.get(pointer)) : keys.getOrDefault(pointer, values.get(pointer));
            if (mark != null) {
                return mark;
            }
            if (p.isRoot()) {
                return Mark.START;
            }
        }
    }
}
