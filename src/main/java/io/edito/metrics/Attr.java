package io.edito.metrics;

/** Non-numeric columns of an export. */
public enum Attr implements Field {
    NETWORK("network"),
    POST_ID("post_id"),
    PERMALINK("permalink"),
    PUBLISHED_AT("published_at"),
    TYPE("type"),
    CAMPAIGN("campaign"),
    PILLAR("pillar"),
    LANG("lang"),
    /** The account the post is on, as the export names it (a page name, an account username, a channel id). */
    ACCOUNT("account"),
    /** The day of a daily series row. */
    DATE("date"),
    /** The hour (0-23) of an hourly series row. */
    HOUR("hour");

    private final String key;

    Attr(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
