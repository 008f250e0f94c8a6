package io.cxgate.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.Fixtures;

/**
 * The root launcher run through symbolic links ({@code ln -s …/cxgate ~/bin/cxgate}) finds the repository beside
 * the real script. A stand-in {@code java} on the PATH shows which jar it would run; a stand-in {@code mvn} fails,
 * so a launcher that looked for the jar beside the link would fail to build.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private void executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theLauncherRunsThroughChainedAndRelativeSymlinks() throws Exception {
        Path repo = tmp.resolve("checkout");
        Files.createDirectories(repo.resolve("cli/target"));
        Files.writeString(repo.resolve("cli/target/cxgate.jar"), "stand-in");
        Files.copy(Fixtures.repo("cxgate"), repo.resolve("cxgate"));
        Files.setPosixFilePermissions(repo.resolve("cxgate"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path fakeBin = tmp.resolve("fake-bin");
        executable(fakeBin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        executable(fakeBin.resolve("mvn"), "#!/bin/sh\necho 'mvn must not run' >&2\nexit 1\n");
        Path home = Files.createDirectories(tmp.resolve("home/bin"));
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("cxgate"), Path.of("../checkout/cxgate"));
        Files.createSymbolicLink(home.resolve("cxgate"), tools.resolve("cxgate"));

        ProcessBuilder run = new ProcessBuilder(home.resolve("cxgate").toString(), "--version").redirectErrorStream(true);
        run.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.strip().endsWith("-jar " + repo.toRealPath().resolve("cli/target/cxgate.jar") + " --version"),
                output);
    }
    /** The AppCDS archive holds the classes of the run that writes it: help and --version must not write it. */
    @Test
    void onlyACommandWritesTheClassDataSharingArchive() throws Exception {
        Path repo = tmp.resolve("checkout");
        Files.createDirectories(repo.resolve("cli/target"));
        Files.writeString(repo.resolve("cli/target/cxgate.jar"), "stand-in");
        Files.copy(Fixtures.repo("cxgate"), repo.resolve("cxgate"));
        Files.setPosixFilePermissions(repo.resolve("cxgate"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path fakeBin = tmp.resolve("fake-bin");
        executable(fakeBin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        executable(fakeBin.resolve("mvn"), "#!/bin/sh\nexit 1\n");
        for (String[] args : new String[][] {{"--help"}, {"--version"}, {"help", "check"}, {}, {"check", "--plan", "p"}}) {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(repo.resolve("cxgate").toString()));
            command.addAll(java.util.List.of(args));
            ProcessBuilder run = new ProcessBuilder(command).redirectErrorStream(true);
            run.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
            run.environment().remove("CXGATE_CDS");
            run.environment().remove("CXGATE_CDS_ARCHIVE");
            Process process = run.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            boolean isCommand = args.length > 0 && args[0].equals("check");
            assertEquals(isCommand, output.contains("-XX:ArchiveClassesAtExit="), String.join(" ", args) + ": " + output);
        }
    }
}
