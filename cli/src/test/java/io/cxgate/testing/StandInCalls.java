package io.cxgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calls a stand-in executable recorded: each run writes its argv and environment (NUL-separated) as
 * {@code argv.N} / {@code env.N} in a record directory, with the count in {@code count}. The bash that does
 * so is {@link #recordingPrologue}; stand-ins start their scripts with it.
 */
public record StandInCalls(Path recordDir) {

    /** Bash lines that record this run's argv and environment; {@code $REC} is the record directory. */
    public static String recordingPrologue(Path recordDir) {
        return """
                REC='%s'
                if [[ -f "$REC/count" ]]; then read -r n < "$REC/count"; else n=0; fi
                n=$((n + 1)); echo "$n" > "$REC/count"
                printf '%%s\\0' "$@" > "$REC/argv.$n"
                for v in $(compgen -e); do printf '%%s=%%s\\0' "$v" "${!v}"; done > "$REC/env.$n"
                """.formatted(recordDir);
    }

    /** Writes an executable script (owner-only) and creates the record directory. */
    public static void install(Path executable, Path recordDir, CharSequence script) {
        try {
            Files.createDirectories(executable.getParent());
            Files.createDirectories(recordDir);
            Files.writeString(executable, script);
            Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the stand-in ran. */
    public int calls() {
        Path count = recordDir.resolve("count");
        return Files.exists(count) ? Integer.parseInt(read(count).strip()) : 0;
    }

    /** The arguments of call {@code n} (1-based). */
    public List<String> argv(int n) {
        String raw = read(recordDir.resolve("argv." + n));
        return raw.isEmpty() ? List.of() : Arrays.asList(raw.substring(0, raw.length() - 1).split("\0", -1));
    }

    /** The arguments of every call, in order. */
    public List<List<String>> allArgv() {
        List<List<String>> all = new ArrayList<>();
        for (int i = 1; i <= calls(); i++) {
            all.add(argv(i));
        }
        return all;
    }

    /** The environment of call {@code n} (1-based), as bash saw it (bash adds PWD, SHLVL and _). */
    public Map<String, String> env(int n) {
        Map<String, String> env = new TreeMap<>();
        for (String entry : read(recordDir.resolve("env." + n)).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** Every recorded argv file's raw text, for "never on the command line" checks. */
    public String allArguments() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= calls(); i++) {
            all.append(read(recordDir.resolve("argv." + i)));
        }
        return all.toString();
    }

    /** Forgets the recorded calls. */
    public void forget() {
        try {
            for (int i = 1; i <= calls(); i++) {
                Files.deleteIfExists(recordDir.resolve("argv." + i));
                Files.deleteIfExists(recordDir.resolve("env." + i));
            }
            Files.deleteIfExists(recordDir.resolve("count"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
