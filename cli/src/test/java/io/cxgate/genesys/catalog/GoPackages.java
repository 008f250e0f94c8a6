package io.cxgate.genesys.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.cxgate.genesys.catalog.GoTokens.Kind;
import io.cxgate.genesys.catalog.GoTokens.Token;

/**
 * The top-level declarations of every package under a provider checkout's {@code genesyscloud/} directory: constants,
 * variables and functions by name, each with the imports of the file it is written in. Methods, types and test files
 * are left out.
 */
final class GoPackages {
    private static final String MODULE_PREFIX = "terraform-provider-genesyscloud/genesyscloud/";

    /** A package-level {@code var} or {@code const}. */
    record Value(GoExpr expr, Map<String, String> imports) {
    }

    /** A package-level function: its body's tokens ({@code [start]} is the opening brace). */
    record Function(String name, List<Token> tokens, int start, int end, Map<String, String> imports) {
    }

    /** One package: directory name and its declarations. */
    record Package(String dir, Map<String, Value> values, Map<String, Function> functions) {
    }

    private final Map<String, Package> packages;

    private GoPackages(Map<String, Package> packages) {
        this.packages = packages;
    }

    static GoPackages read(Path genesyscloudDir) {
        Map<String, Package> packages = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(genesyscloudDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Package pkg = new Package(dir.getFileName().toString(), new HashMap<>(), new HashMap<>());
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go"))
                            .sorted().toList()) {
                        declarations(GoTokens.tokenize(Files.readString(file)), pkg);
                    }
                }
                packages.put(pkg.dir(), pkg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("read " + genesyscloudDir, e);
        }
        return new GoPackages(packages);
    }

    Map<String, Package> packages() {
        return packages;
    }

    /** The package an import path names, when it is part of the checkout. */
    Package byImportPath(String path) {
        int at = path.indexOf(MODULE_PREFIX);
        return at < 0 ? null : packages.get(path.substring(at + MODULE_PREFIX.length()));
    }

    private static void declarations(List<Token> tokens, Package pkg) {
        GoParser p = new GoParser(tokens, 0);
        Map<String, String> imports = new HashMap<>();
        while (p.peek().kind() != Kind.EOF) {
            Token t = p.next();
            if (t.is("import")) {
                if (p.accept("(")) {
                    while (!p.accept(")")) {
                        importSpec(p, imports);
                    }
                } else {
                    importSpec(p, imports);
                }
            } else if (t.is("var") || t.is("const")) {
                if (p.accept("(")) {
                    while (!p.accept(")") && p.peek().kind() != Kind.EOF) {
                        valueSpec(p, pkg, imports);
                    }
                } else {
                    valueSpec(p, pkg, imports);
                }
            } else if (t.is("type")) {
                skipStatement(p);
            } else if (t.is("func")) {
                boolean method = p.peek().is("(");
                if (method) {
                    p.skipBalanced();
                }
                String name = p.next().text();
                if (p.peek().is("[")) {
                    p.skipBalanced();
                }
                p.skipSignature();
                if (p.peek().is("{")) {
                    int start = p.pos();
                    p.skipBalanced();
                    if (!method) {
                        pkg.functions().put(name, new Function(name, tokens, start, p.pos(), imports));
                    }
                }
            }
        }
    }

    private static void importSpec(GoParser p, Map<String, String> imports) {
        if (p.peek().kind() == Kind.SEMI) {
            p.next();
            return;
        }
        String alias = p.peek().kind() == Kind.STRING ? null : p.next().text();
        String path = p.next().text();
        imports.put(alias != null ? alias : path.substring(path.lastIndexOf('/') + 1), path);
    }

    private static void valueSpec(GoParser p, Package pkg, Map<String, String> imports) {
        if (p.peek().kind() == Kind.SEMI) {
            p.next();
            return;
        }
        List<String> names = new ArrayList<>();
        do {
            names.add(p.next().text());
        } while (p.accept(","));
        if (!p.peek().is("=") && p.peek().kind() != Kind.SEMI && !p.peek().is(")")) {
            p.type();
        }
        if (p.accept("=")) {
            List<GoExpr> values = new ArrayList<>();
            do {
                values.add(p.expression());
            } while (p.accept(","));
            if (values.size() == names.size()) {
                for (int i = 0; i < names.size(); i++) {
                    pkg.values().put(names.get(i), new Value(values.get(i), imports));
                }
            }
        }
        skipStatement(p);
    }

    private static void skipStatement(GoParser p) {
        while (p.peek().kind() != Kind.SEMI && p.peek().kind() != Kind.EOF && !p.peek().is(")")) {
            if (p.peek().is("{") || p.peek().is("(") || p.peek().is("[")) {
                p.skipBalanced();
            } else {
                p.next();
            }
        }
        if (p.peek().kind() == Kind.SEMI) {
            p.next();
        }
    }
}
