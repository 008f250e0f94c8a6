package io.cxgate.genesys.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cxgate.genesys.catalog.GoPackages.Function;
import io.cxgate.genesys.catalog.GoPackages.Package;
import io.cxgate.genesys.catalog.GoTokens.Kind;
import io.cxgate.genesys.catalog.GoTokens.Token;

/**
 * Evaluates the Go expressions a schema is built from, across files and packages: names resolve to package
 * variables, constants and (in a function) its local variables; a call evaluates the function's last top-level
 * {@code return}, with entries its body adds to a local map ({@code m["key"] = ...}). Arguments are not bound, so a
 * recursive schema builder is cut after {@value #MAX_RECURSION} levels.
 */
final class GoValues {
    static final int MAX_RECURSION = 2;

    sealed interface Value {
    }

    record Text(String value) implements Value {
    }

    /** A name with no declaration in the checkout: {@code schema.TypeString}, {@code true}, a parameter. */
    record Symbol(String name) implements Value {
    }

    record Literal(String type, List<Bound> elements) implements Value {
    }

    record Unknown(String why) implements Value {
    }

    /** A literal element with the scope its expressions are evaluated in. */
    record Bound(GoExpr key, GoExpr value, Scope scope) {
    }

    record Local(GoExpr expr, List<GoExpr.Element> insertions) {
    }

    record Scope(Package pkg, Map<String, String> imports, Map<String, Local> locals, List<String> stack) {
    }

    private final GoPackages packages;

    GoValues(GoPackages packages) {
        this.packages = packages;
    }

    Scope packageScope(Package pkg) {
        return new Scope(pkg, Map.of(), Map.of(), List.of());
    }

    Value eval(GoExpr e, Scope s) {
        if (e instanceof GoExpr.Str str) {
            return new Text(str.value());
        }
        if (e instanceof GoExpr.Composite c) {
            List<Bound> bound = new ArrayList<>();
            c.elements().forEach(el -> bound.add(new Bound(el.key(), el.value(), s)));
            return new Literal(c.type(), bound);
        }
        if (e instanceof GoExpr.Name n) {
            return name(n.name(), s);
        }
        if (e instanceof GoExpr.Selector sel) {
            if (sel.target() instanceof GoExpr.Name n && !s.locals().containsKey(n.name())
                    && s.imports().containsKey(n.name())) {
                Package other = packages.byImportPath(s.imports().get(n.name()));
                return other == null ? new Symbol(n.name() + "." + sel.field())
                        : name(sel.field(), new Scope(other, Map.of(), Map.of(), s.stack()));
            }
            Value target = eval(sel.target(), s);
            return target instanceof Literal lit ? field(lit, sel.field()) : new Unknown("selector " + sel.field());
        }
        if (e instanceof GoExpr.Index index) {
            Value target = eval(index.target(), s);
            Value key = eval(index.key(), s);
            return target instanceof Literal lit && key instanceof Text k && entries(lit).containsKey(k.value())
                    ? entries(lit).get(k.value()) : new Unknown("index");
        }
        if (e instanceof GoExpr.Call call) {
            Function f = function(call.function(), s);
            return f == null ? new Unknown("call") : invoke(f, s.stack());
        }
        return new Unknown(((GoExpr.Opaque) e).what());
    }

    /** The value of a keyed field of a struct literal ({@code Schema}, {@code Type}), or Unknown. */
    Value field(Literal lit, String name) {
        for (Bound b : lit.elements()) {
            if (b.key() instanceof GoExpr.Name n && n.name().equals(name)) {
                return eval(b.value(), b.scope());
            }
        }
        return new Unknown("no field " + name);
    }

    /** The entries of a map literal whose keys are strings, in source order. */
    Map<String, Value> entries(Literal lit) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Bound b : lit.elements()) {
            if (b.key() != null && eval(b.key(), b.scope()) instanceof Text key) {
                out.put(key.value(), eval(b.value(), b.scope()));
            }
        }
        return out;
    }

    private Value name(String name, Scope s) {
        Local local = s.locals().get(name);
        if (local != null) {
            Value v = eval(local.expr(), s);
            if (v instanceof Literal lit && !local.insertions().isEmpty()) {
                List<Bound> all = new ArrayList<>(lit.elements());
                local.insertions().forEach(el -> all.add(new Bound(el.key(), el.value(), s)));
                return new Literal(lit.type(), all);
            }
            return v;
        }
        GoPackages.Value declared = s.pkg().values().get(name);
        if (declared != null) {
            return eval(declared.expr(), new Scope(s.pkg(), declared.imports(), Map.of(), s.stack()));
        }
        return new Symbol(name);
    }

    private Function function(GoExpr fn, Scope s) {
        if (fn instanceof GoExpr.Name n) {
            return s.pkg().functions().get(n.name());
        }
        if (fn instanceof GoExpr.Selector sel && sel.target() instanceof GoExpr.Name n && s.imports().containsKey(n.name())) {
            Package other = packages.byImportPath(s.imports().get(n.name()));
            return other == null ? null : other.functions().get(sel.field());
        }
        return null;
    }

    private Value invoke(Function f, List<String> stack) {
        Package pkg = packages.packages().values().stream().filter(p -> p.functions().get(f.name()) == f)
                .findFirst().orElseThrow();
        String key = pkg.dir() + "." + f.name();
        if (stack.stream().filter(key::equals).count() >= MAX_RECURSION || stack.size() > 40) {
            return new Unknown("recursion " + f.name());
        }
        List<String> inner = new ArrayList<>(stack);
        inner.add(key);
        Map<String, Local> locals = new HashMap<>();
        GoExpr result = body(f, locals);
        return result == null ? new Unknown("no return in " + f.name())
                : eval(result, new Scope(pkg, f.imports(), locals, List.copyOf(inner)));
    }

    /** Collects the locals of a function body and returns the expression of its last top-level return. */
    private static GoExpr body(Function f, Map<String, Local> locals) {
        List<Token> t = f.tokens();
        GoExpr result = null;
        int depth = 0;
        for (int i = f.start(); i < f.end(); i++) {
            Token tok = t.get(i);
            if (tok.is("{")) {
                depth++;
                continue;
            }
            if (tok.is("}")) {
                depth--;
                continue;
            }
            Token prev = t.get(i - 1);
            boolean statementStart = prev.kind() == Kind.SEMI || prev.is("{") || prev.is("}");
            if (!statementStart) {
                continue;
            }
            if (tok.is("return") && depth == 1) {
                result = new GoParser(t, i + 1).expression();
            } else if (tok.kind() == Kind.IDENT && t.get(i + 1).is(":=") && !t.get(i + 2).is("range")) {
                locals.putIfAbsent(tok.text(), new Local(new GoParser(t, i + 2).expression(), new ArrayList<>()));
            } else if (tok.is("var") && t.get(i + 1).kind() == Kind.IDENT) {
                GoParser p = new GoParser(t, i + 2);
                if (!p.peek().is("=")) {
                    p.type();
                }
                if (p.accept("=")) {
                    locals.putIfAbsent(t.get(i + 1).text(), new Local(p.expression(), new ArrayList<>()));
                }
            } else if (tok.kind() == Kind.IDENT && t.get(i + 1).is("[") && t.get(i + 2).kind() == Kind.STRING
                    && t.get(i + 3).is("]") && t.get(i + 4).is("=") && locals.containsKey(tok.text())) {
                GoExpr value = new GoParser(t, i + 5).expression();
                locals.get(tok.text()).insertions().add(new GoExpr.Element(new GoExpr.Str(t.get(i + 2).text()), value));
            }
        }
        return result;
    }
}
