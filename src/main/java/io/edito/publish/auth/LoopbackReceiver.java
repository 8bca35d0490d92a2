package io.edito.publish.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect of RFC 8252: a one-request HTTP server on 127.0.0.1, on the redirect URL's port (port 0:
 * any free one), for the redirect URL's path. The first request to that path ends it: its code is taken when its
 * state is the one sent, refused otherwise; then the server closes. Nothing listens on another interface.
 */
public final class LoopbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final URI redirect;
    private final String state;
    private final CompletableFuture<Redirect> result = new CompletableFuture<>();

    public LoopbackReceiver(URI redirect, String state) throws LoginException {
        this.state = state;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
                    Math.max(0, redirect.getPort())), 1);
        } catch (IOException e) {
            throw new LoginException("cannot listen on 127.0.0.1:" + redirect.getPort() + " for the redirect ("
                    + e.getMessage() + "); free that port or set redirect_uri to another registered port");
        }
        String path = redirect.getRawPath() == null || redirect.getRawPath().isEmpty() ? "/" : redirect.getRawPath();
        this.redirect = URI.create("http://" + redirect.getHost() + ":" + server.getAddress().getPort() + path);
        server.createContext(path, this::handle);
        server.start();
    }

    /** The redirect URL with the port listened on. */
    public URI redirectUri() {
        return redirect;
    }

    private void handle(HttpExchange ex) throws IOException {
        String page;
        int status;
        Redirect got = null;
        LoginException refused = null;
        if (!"GET".equals(ex.getRequestMethod())) {
            status = 405;
            page = "edito expects the browser's GET here.";
        } else {
            try {
                // the state judged first: an error= from a page that does not know it must not end the login either
                got = Redirect.ofQuery(ex.getRequestURI().getRawQuery(), state, true);
                status = 200;
                page = "edito has the authorization: you can close this tab and go back to the terminal.";
            } catch (LoginException e) {
                refused = e;
                status = 400;
                page = "edito refused this redirect: " + e.getMessage();
            }
        }
        byte[] body = ("<!doctype html><meta charset=utf-8><title>edito login</title><p>" + escape(page))
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        try {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        } finally {
            // told only once the browser has its page: the login then closes the server, which cut the answer off
            if (got != null) {
                result.complete(got);
            } else if (refused != null) {
                result.completeExceptionally(refused);
            }
        }
    }

    /** The code, once the browser came back; a refusal, or none within {@code timeout}. */
    public Redirect await(Duration timeout) throws LoginException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LoginException("no redirect came back within " + timeout.toSeconds() + " s; run edito login "
                    + "again (or with --no-browser to paste the redirected URL)");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LoginException le ? le : new LoginException(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginException("interrupted while waiting for the redirect");
        }
    }

    @Override
    public void close() {
        server.stop(1); // lets an answer being written finish (at most a second)
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
