package io.cxgate.genesys.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cxgate.genesys.catalog.GoTokens.Kind;
import io.cxgate.genesys.catalog.GoTokens.Token;

/** A recursive-descent reader of Go expressions over {@link GoTokens}, positioned by the caller. */
final class GoParser {
    private static final Set<String> BINARY = Set.of("+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=",
            "&&", "||", "|", "&", "^", "<<", ">>", "&^");

    private final List<Token> tokens;
    private int pos;

    GoParser(List<Token> tokens, int pos) {
        this.tokens = tokens;
        this.pos = pos;
    }

    int pos() {
        return pos;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    GoExpr expression() {
        GoExpr left = unary();
        while (peek().kind() == Kind.OP && BINARY.contains(peek().text())) {
            next();
            unary();
            left = new GoExpr.Opaque("binary");
        }
        return left;
    }

    private GoExpr unary() {
        Token t = peek();
        if (t.kind() == Kind.OP && (t.is("&") || t.is("*") || t.is("-") || t.is("!") || t.is("<-") || t.is("+")
                || t.is("^"))) {
            next();
            GoExpr inner = unary();
            return t.is("&") || t.is("*") ? inner : new GoExpr.Opaque("unary");
        }
        return postfix(primary());
    }

    private GoExpr primary() {
        Token t = next();
        switch (t.kind()) {
            case STRING:
                return new GoExpr.Str(t.text());
            case NUMBER:
                return new GoExpr.Opaque(t.text());
            case IDENT:
                if (t.is("func")) {
                    skipSignature();
                    if (peek().is("{")) {
                        skipBalanced();
                    }
                    return new GoExpr.Opaque("func");
                }
                if (t.is("map") || t.is("struct") || t.is("interface") || t.is("chan")) {
                    pos--;
                    String type = type();
                    return peek().is("{") ? composite(type) : new GoExpr.Opaque(type);
                }
                return new GoExpr.Name(t.text());
            case OP:
                if (t.is("(")) {
                    GoExpr inner = expression();
                    accept(")");
                    return inner;
                }
                if (t.is("[")) {
                    pos--;
                    String type = type();
                    return peek().is("{") ? composite(type) : new GoExpr.Opaque(type);
                }
                if (t.is("{")) {
                    pos--;
                    return composite("");
                }
                return new GoExpr.Opaque(t.text());
            default:
                pos--;
                return new GoExpr.Opaque("end");
        }
    }

    private GoExpr postfix(GoExpr x) {
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                if (peek().is("(")) {
                    skipBalanced();
                    return new GoExpr.Opaque("type assertion");
                }
                x = new GoExpr.Selector(x, next().text());
            } else if (t.is("(")) {
                next();
                List<GoExpr> args = new ArrayList<>();
                while (!peek().is(")") && peek().kind() != Kind.EOF) {
                    args.add(expression());
                    accept("...");
                    if (!accept(",")) {
                        break;
                    }
                }
                accept(")");
                x = new GoExpr.Call(x, args);
            } else if (t.is("[")) {
                int open = pos;
                next();
                GoExpr key = peek().is(":") ? new GoExpr.Opaque("slice") : expression();
                if (!peek().is("]")) {
                    pos = open;
                    skipBalanced();
                    key = new GoExpr.Opaque("slice");
                } else {
                    next();
                }
                x = key instanceof GoExpr.Opaque ? key : new GoExpr.Index(x, key);
            } else if (t.is("{") && isTypeName(x)) {
                x = composite(typeName(x));
            } else {
                return x;
            }
        }
    }

    private GoExpr composite(String type) {
        next(); // {
        List<GoExpr.Element> elements = new ArrayList<>();
        while (!peek().is("}") && peek().kind() != Kind.EOF) {
            if (peek().kind() == Kind.SEMI) {
                next();
                continue;
            }
            GoExpr first = peek().is("{") ? composite("") : expression();
            if (accept(":")) {
                GoExpr value = peek().is("{") ? composite("") : expression();
                elements.add(new GoExpr.Element(first, value));
            } else {
                elements.add(new GoExpr.Element(null, first));
            }
            if (!accept(",")) {
                break;
            }
        }
        while (peek().kind() == Kind.SEMI) {
            next();
        }
        accept("}");
        return new GoExpr.Composite(type, elements);
    }

    /** Reads a type ({@code map[string]*schema.Schema}, {@code []interface{}}) and returns its text. */
    String type() {
        StringBuilder s = new StringBuilder();
        while (true) {
            Token t = peek();
            if (t.is("*")) {
                s.append(next().text());
            } else if (t.is("[")) {
                next();
                s.append('[');
                while (!peek().is("]") && peek().kind() != Kind.EOF) {
                    s.append(next().text());
                }
                next();
                s.append(']');
            } else if (t.is("map")) {
                next();
                s.append("map[");
                next(); // [
                s.append(type());
                accept("]");
                s.append(']');
            } else if (t.is("chan")) {
                s.append(next().text()).append(' ');
            } else {
                break;
            }
        }
        Token t = next();
        s.append(t.text());
        if (t.is("interface") || t.is("struct")) {
            skipBalanced();
            s.append("{}");
        } else if (t.is("func")) {
            skipSignature();
        } else {
            while (peek().is(".") && peek(1).kind() == Kind.IDENT) {
                next();
                s.append('.').append(next().text());
            }
        }
        return s.toString();
    }

    /** After {@code func}: parameters and results, up to (not including) the body's brace. */
    void skipSignature() {
        int depth = 0;
        while (peek().kind() != Kind.EOF) {
            Token t = peek();
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if ((t.is("interface") || t.is("struct")) && peek(1).is("{")) {
                next();
                skipBalanced();
                continue;
            } else if (depth == 0 && (t.is("{") || t.kind() == Kind.SEMI || t.is(",") || t.is(")"))) {
                return;
            }
            next();
        }
    }

    /** At an opening bracket: moves past its matching closing bracket. */
    void skipBalanced() {
        int depth = 0;
        do {
            Token t = next();
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (t.kind() == Kind.EOF) {
                return;
            }
        } while (depth > 0);
    }

    private static boolean isTypeName(GoExpr x) {
        return x instanceof GoExpr.Name || x instanceof GoExpr.Selector s && s.target() instanceof GoExpr.Name;
    }

    private static String typeName(GoExpr x) {
        if (x instanceof GoExpr.Name n) {
            return n.name();
        }
        GoExpr.Selector s = (GoExpr.Selector) x;
        return ((GoExpr.Name) s.target()).name() + "." + s.field();
    }
}
