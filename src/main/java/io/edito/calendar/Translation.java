package io.edito.calendar;

import java.util.Map;

/** A post in another language: its content, and per-channel variants of that content. */
public record Translation(String lang, Content content, Map<String, Content> variants) {
}
