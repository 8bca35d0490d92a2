package io.edito.publish.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows every secret value read for this run and removes them from any text that leaves a publisher (error
 * messages, server responses quoted in errors, ledger rows): a server that echoes a token does not leak it.
 */
public final class Redactor {
    private static final String MASK = "[redacted]";
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Remembers a secret; values shorter than 4 characters are refused (they would mask ordinary words). */
    public void register(String secret) {
        if (secret != null && secret.length() >= 4) {
            secrets.add(secret);
        }
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }
}
