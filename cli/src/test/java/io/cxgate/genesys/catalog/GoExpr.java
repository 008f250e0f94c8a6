package io.cxgate.genesys.catalog;

import java.util.List;

/** The expressions of Go that schema declarations are written in; everything else is {@link Opaque}. */
sealed interface GoExpr {
    record Str(String value) implements GoExpr {
    }

    /** An identifier or a qualified name ({@code schema.TypeString} when the package is not in the checkout). */
    record Name(String name) implements GoExpr {
    }

    record Selector(GoExpr target, String field) implements GoExpr {
    }

    /** {@code m["key"]}: an entry of a map literal. */
    record Index(GoExpr target, GoExpr key) implements GoExpr {
    }

    record Call(GoExpr function, List<GoExpr> args) implements GoExpr {
    }

    /** {@code T{...}}, {@code &T{...}}, {@code map[K]V{...}} or an elided {@code {...}} inside another literal. */
    record Composite(String type, List<Element> elements) implements GoExpr {
    }

    /** {@code key: value}, or a positional {@code value} (key null). */
    record Element(GoExpr key, GoExpr value) {
    }

    /** Numbers, operators, function literals, type assertions: nothing the catalog reads. */
    record Opaque(String what) implements GoExpr {
    }
}
