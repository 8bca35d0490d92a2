package io.edito.publish.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a claim: host, process id, process start time and a run id. A claim held by a process of this host
 * that no longer exists (killed) is dead at once; a claim from another host lapses with its lease.
 */
public record LeaseOwner(String host, long pid, long startMillis, String run) {

    /** This process, with a fresh run id. */
    public static LeaseOwner current() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        return new LeaseOwner(hostName(), self.pid(), start, UUID.randomUUID().toString().substring(0, 8));
    }

    public String encode() {
        return host.replace('|', '_') + "|" + pid + "|" + startMillis + "|" + run;
    }

    public static Optional<LeaseOwner> decode(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String[] p = s.split("\\|");
        if (p.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LeaseOwner(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this owner is a process of this host that has ended. */
    public boolean isDeadProcessOnThisHost() {
        if (!host.equals(hostName())) {
            return false;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return true;
        }
        if (startMillis == 0) {
            return false;
        }
        // the pid was reused by another process
        return h.get().info().startInstant().map(i -> Math.abs(i.toEpochMilli() - startMillis) > 1000)
                .orElse(false);
    }

    private static volatile String hostName;

    public static String hostName() {
        String h = hostName;
        if (h == null) {
            h = readHostName();
            hostName = h;
        }
        return h;
    }

    private static String readHostName() {
        try {
            Path p = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(p)) {
                String s = Files.readString(p, StandardCharsets.UTF_8).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back below
        }
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
