package io.edito.listen;

import java.time.Instant;

/**
 * An alert: fired once per key (a spike or a complaint share per window, a term per mention).
 *
 * @param key     what makes two firings the same alert ({@code spike:2026-12-18T10:00Z})
 * @param kind    spike, complaints or term
 * @param message the one line printed and sent
 * @param sentAt  when {@code notify} accepted it, or null
 */
public record Alert(String key, String kind, Instant firedAt, String message, Instant sentAt) {
}
