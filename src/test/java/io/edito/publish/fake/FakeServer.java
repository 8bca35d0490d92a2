package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) with per-path fault injection and a request log.
 * Subclasses implement the API; {@link #handle} dispatches and applies faults.
 */
public abstract class FakeServer implements AutoCloseable {
    protected static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> headersSeen = Collections.synchronizedList(new ArrayList<>());
    /** How long TIMEOUT_AFTER_PROCESSING waits; above the tests' 400 ms client timeout. */
    protected volatile long stallMillis = 1500;

    protected FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Queues faults for the next requests whose path starts with {@code pathPrefix}. */
    public synchronized void fail(String pathPrefix, Fault... next) {
        faults.computeIfAbsent(pathPrefix, k -> new ArrayDeque<>()).addAll(List.of(next));
    }

    private synchronized Fault nextFault(String path) {
        for (Map.Entry<String, Deque<Fault>> e : faults.entrySet()) {
            if (path.startsWith(e.getKey()) && !e.getValue().isEmpty()) {
                return e.getValue().poll();
            }
        }
        return null;
    }

    /** "METHOD path" of every request received, in order. */
    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Every request header value received (for the secret-leak test to see what went over the wire). */
    public List<String> headersSeen() {
        synchronized (headersSeen) {
            return List.copyOf(headersSeen);
        }
    }

    /** An answer: status, body (JSON text), extra headers. */
    protected record Reply(int status, String body, Map<String, String> headers) {
        public static Reply json(int status, Object body) {
            try {
                return new Reply(status, JSON.writeValueAsString(body), Map.of());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the server holds, for checks from another process ({@code GET /_edito_state}). */
    protected abstract Object state();

    protected abstract Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException;

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.equals("/_edito_state")) {
                Object st;
                synchronized (this) {
                    st = state();
                }
                send(ex, Reply.json(200, st));
                return;
            }
            log.add(method + " " + path);
            ex.getRequestHeaders().forEach((k, v) -> headersSeen.addAll(v));
            Fault f = nextFault(path);
            if (f == Fault.ERROR_500) {
                send(ex, new Reply(500, "{\"error\":\"boom\"}", Map.of()));
                return;
            }
            if (f == Fault.RATE_LIMIT) {
                send(ex, new Reply(429, "{\"error\":\"slow down\"}", Map.of("Retry-After", "2")));
                return;
            }
            Reply r = handle(method, path, ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), body);
            if (f == Fault.TIMEOUT_AFTER_PROCESSING) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return; // closes without an answer
            }
            if (f == Fault.RESET_AFTER_PROCESSING) {
                byte[] b = r.body().getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(r.status(), b.length + 1000L);
                OutputStream os = ex.getResponseBody();
                os.write(b, 0, Math.min(5, b.length));
                os.flush();
                return;
            }
            send(ex, r);
        } catch (IOException | RuntimeException e) {
            // a broken exchange in a fault test: the client sees the connection drop
        }
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        byte[] b = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(r.status(), b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            ex.getResponseBody().write(b);
        }
    }

    protected static JsonNode parse(byte[] body) throws IOException {
        return JSON.readTree(body);
    }

    protected static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    protected static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null) {
            return m;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(java.net.URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    /** Form fields of a multipart body into {@code fields}, file parts into {@code files}. */
    protected static void multipart(byte[] body, String contentType, Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).trim();
        String all = new String(body, StandardCharsets.ISO_8859_1);
        int at = all.indexOf(boundary);
        while (at >= 0) {
            int headStart = at + boundary.length();
            if (all.startsWith("--", headStart)) {
                break;
            }
            int headEnd = all.indexOf("\r\n\r\n", headStart);
            int next = all.indexOf("\r\n" + boundary, headEnd);
            if (headEnd < 0 || next < 0) {
                break;
            }
            String head = all.substring(headStart, headEnd);
            String content = all.substring(headEnd + 4, next);
            int n = head.indexOf("name=\"");
            String name = head.substring(n + 6, head.indexOf('"', n + 6));
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            if (head.contains("filename=\"")) {
                files.put(name, bytes);
            } else {
                fields.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
            at = next + 2;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
