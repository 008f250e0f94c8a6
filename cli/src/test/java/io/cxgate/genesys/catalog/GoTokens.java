package io.cxgate.genesys.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Go source as tokens, enough of the language spec for reading schema declarations: comments dropped, string
 * literals unquoted, and semicolons inserted at line ends as the Go spec's rule does, so a statement ends where Go
 * says it ends.
 */
final class GoTokens {
    enum Kind { IDENT, STRING, NUMBER, OP, SEMI, EOF }

    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(s);
        }
    }

    private static final String[] OPERATORS = {"<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=",
            "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^"};

    private GoTokens() {
    }

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                semicolonAtLineEnd(out, line);
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        semicolonAtLineEnd(out, line);
                        line++;
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    char d = src.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        char e = src.charAt(++j);
                        s.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else {
                        s.append(d);
                    }
                    j++;
                }
                out.add(new Token(Kind.STRING, s.toString(), line));
                i = j + 1;
            } else if (c == '`') {
                int end = src.indexOf('`', i + 1);
                String raw = src.substring(i + 1, end);
                out.add(new Token(Kind.STRING, raw, line));
                line += (int) raw.chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.IDENT, src.substring(i, j), line));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '.'
                        || src.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, src.substring(i, j), line));
                i = j;
            } else {
                String op = String.valueOf(c);
                for (String candidate : OPERATORS) {
                    if (src.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                out.add(new Token(op.equals(";") ? Kind.SEMI : Kind.OP, op, line));
                i += op.length();
            }
        }
        semicolonAtLineEnd(out, line);
        out.add(new Token(Kind.EOF, "", line));
        return out;
    }

    /** Go's rule: a line ending in an identifier, literal, keyword break/continue/fallthrough/return, ++ -- ) ] }. */
    private static void semicolonAtLineEnd(List<Token> out, int line) {
        if (out.isEmpty()) {
            return;
        }
        Token last = out.get(out.size() - 1);
        boolean ends = switch (last.kind()) {
            case IDENT, STRING, NUMBER -> true;
            case OP -> last.text().equals(")") || last.text().equals("]") || last.text().equals("}")
                    || last.text().equals("++") || last.text().equals("--");
            default -> false;
        };
        if (ends) {
            out.add(new Token(Kind.SEMI, "\n", line));
        }
    }
}
