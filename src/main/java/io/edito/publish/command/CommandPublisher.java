package io.edito.publish.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.Redactor;
import io.edito.publish.api.SentItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a user command (no shell: the {@code run:} list is the program and its arguments) in the repository
 * root with the payload JSON on standard input and {@code EDITO_IDEMPOTENCY_KEY} in its environment. Exit 0
 * means published (a JSON object on stdout with {@code id}/{@code url}, or a last line that is a URL, is
 * recorded); exit 75 (EX_TEMPFAIL) means "try again later"; any other exit is a failure; a command still
 * running at the timeout is killed and its outcome is unknown (it may have posted).
 */
public final class CommandPublisher implements Publisher {
    static final int EX_TEMPFAIL = 75;
    private static final int MAX_OUTPUT = 64 * 1024;
    private final List<String> command;
    private final Path workDir;
    private final Duration timeout;
    private final Redactor redactor;

    public CommandPublisher(List<String> command, Path workDir, Duration timeout, Redactor redactor) {
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.timeout = timeout;
        this.redactor = redactor;
    }

    @Override
    public String type() {
        return "command";
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext context) throws PublishFailure {
        String name = command.get(0);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("EDITO_IDEMPOTENCY_KEY", context.deliveryKey());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "cannot run " + name + ": " + e.getMessage());
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(Payloads.payloadBytes(request, context.deliveryKey()));
        } catch (IOException e) {
            // the command may exit without reading its input: its exit code still decides
        }
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            killTree(p.toHandle());
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, name + " was still running after "
                    + timeout.toSeconds() + "s and was killed; it may have posted");
        }
        String stdout = new String(out.join(), StandardCharsets.UTF_8);
        String stderr = new String(err.join(), StandardCharsets.UTF_8);
        int code = p.exitValue();
        if (code != 0) {
            String why = redactor.redact(name + " exited with " + code + lastLine(stderr));
            throw new PublishFailure(code == EX_TEMPFAIL ? PublishFailure.Kind.TRANSIENT
                    : PublishFailure.Kind.REJECTED, why);
        }
        SentItem item = parseOutput(stdout);
        context.itemSent(item);
        return Delivery.of(List.of(item));
    }

    /**
     * Kills {@code h} and whatever it started, each process before its children: a child killed first (the command's
     * {@code sleep 5}) let the command go on to its next line (the post) before it was killed itself. Each process's
     * children are listed before it dies: an orphan is no longer anyone's child.
     */
    private static void killTree(ProcessHandle h) {
        List<ProcessHandle> below = h.children().toList();
        h.destroyForcibly();
        below.forEach(CommandPublisher::killTree);
    }

    private static SentItem parseOutput(String stdout) {
        String t = stdout.strip();
        if (t.startsWith("{")) {
            try {
                JsonNode n = Payloads.JSON.readTree(t);
                return new SentItem(0, n.hasNonNull("id") ? n.get("id").asText() : null,
                        n.hasNonNull("url") ? n.get("url").asText() : null, null);
            } catch (IOException notJson) {
                // fall through to the last line
            }
        }
        String[] lines = t.split("\\R");
        String last = lines[lines.length - 1].strip();
        return new SentItem(0, null, last.matches("https?://\\S+") ? last : null, null);
    }

    private static String lastLine(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String l : stderr.split("\\R")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        String l = lines.get(lines.size() - 1);
        return ": " + (l.length() > 300 ? l.substring(0, 300) + "..." : l);
    }

    private static byte[] drain(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(b)) > 0) {
                if (buf.size() < MAX_OUTPUT) {
                    buf.write(b, 0, Math.min(n, MAX_OUTPUT - buf.size()));
                }
            }
        } catch (IOException e) {
            // the process went away: keep what was read
        }
        return buf.toByteArray();
    }

    @Override
    public boolean canBeAsked() {
        return false;
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext context) {
        return ProbeResult.undecidable("a command cannot be asked whether it posted (its idempotency key was "
                + context.deliveryKey() + ")");
    }
}
