package io.cxgate.plan;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.cxgate.InvalidInputException;
import io.cxgate.files.Digests;

/**
 * A plan that can be read only once: standard input ({@code -}), a pipe, {@code /dev/stdin}, a process
 * substitution. The digest is taken over exactly the bytes read (the rest is drained at the end), and the
 * checks a file gets up front (empty, binary planfile) are made on the first bytes.
 */
final class PlanStream implements Closeable {
    static final String STDIN = "-";

    private final InputStream raw;
    private final MessageDigest sha;
    private final InputStream input;

    private PlanStream(InputStream raw, MessageDigest sha, InputStream input) {
        this.raw = raw;
        this.sha = sha;
        this.input = input;
    }

    /** {@code -}, or something that exists and is neither a regular file nor a directory. */
    static boolean isStream(Path file) {
        if (file.toString().equals(STDIN)) {
            return true;
        }
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    static PlanStream open(Path file, String name) throws IOException {
        // FileInputStream, not Files.newInputStream: the channel's stream asks a pipe for its position ("Illegal seek")
        InputStream raw = file.toString().equals(STDIN) ? System.in : new FileInputStream(file.toFile());
        MessageDigest sha = Digests.sha256();
        InputStream digesting = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha);
        byte[] head = digesting.readNBytes(4);
        if (head.length == 0) {
            throw new InvalidInputException(name + ": empty input (expected `terraform show -json` output)");
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new InvalidInputException(name + ": this is a binary Terraform planfile, not JSON; pipe the output"
                    + " of `terraform show -json PLANFILE` instead");
        }
        return new PlanStream(raw, sha, new SequenceInputStream(new ByteArrayInputStream(head), digesting));
    }

    InputStream input() {
        return input;
    }

    /** The digest of everything the stream held (what the parser did not read is read now). */
    String digest() throws IOException {
        input.transferTo(OutputStream.nullOutputStream());
        return Digests.PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() throws IOException {
        if (raw != System.in) {
            raw.close();
        }
    }
}
