package io.edito.publish.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A web site on 127.0.0.1 serving fixed pages and images (what a post's link points to), with a request log. */
public final class FakeSite implements AutoCloseable {
    private record Page(String contentType, byte[] body, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public FakeSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                log.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
                Page p = pages.get(ex.getRequestURI().getPath());
                if (p == null) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                if (p.delayMillis() > 0) {
                    Thread.sleep(p.delayMillis());
                }
                ex.getResponseHeaders().set("Content-Type", p.contentType());
                ex.sendResponseHeaders(200, p.body().length);
                ex.getResponseBody().write(p.body());
            } catch (IOException | InterruptedException e) {
                // the client went away (a timeout or a size limit): nothing to do
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void page(String path, String contentType, byte[] body) {
        pages.put(path, new Page(contentType, body, 0));
    }

    public void slowPage(String path, String contentType, byte[] body, long delayMillis) {
        pages.put(path, new Page(contentType, body, delayMillis));
    }

    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
