package io.cxgate.record;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The process holding (or asking for) a lock: who, on which host, in which PID namespace, as which process.
 *
 * @param identity     who runs it ({@code dana})
 * @param host         the host name
 * @param pidNamespace the target of {@code /proc/self/ns/pid} ({@code pid:[4026531836]}); empty where there is
 *                     none (not Linux), when PIDs cannot be compared across hosts anyway
 * @param pid          the process id
 */
public record Holder(String identity, String host, String pidNamespace, long pid) {
    public Holder {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(pidNamespace, "pidNamespace");
    }

    /** This process, run by {@code identity}. */
    public static Holder current(String identity) {
        return new Holder(identity, hostName(), currentPidNamespace(), ProcessHandle.current().pid());
    }

    /** The host name: the kernel's ({@code /proc/sys/kernel/hostname}), else the resolver's, else {@code localhost}. */
    static String hostName() {
        try {
            String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!kernel.isEmpty()) {
                return kernel;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** The link target of {@code /proc/self/ns/pid}, empty where there is none. */
    static String currentPidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Whether a process id recorded by {@code other} means the same process table as ours. */
    public boolean sharesProcessTableWith(Holder other) {
        return host.equals(other.host) && !pidNamespace.isEmpty() && pidNamespace.equals(other.pidNamespace);
    }

    /** {@code dana (pid 4242 on build-7)}: how messages name a holder. */
    public String describe() {
        return identity + " (pid " + pid + " on " + host + ")";
    }
}
