package io.edito.check;

import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.text.DisplayedText;
import java.util.ArrayList;
import java.util.List;

/** Where rules report findings, with helpers that turn text offsets into exact source spans. */
public final class Emitter {
    private final RuleCatalog catalog;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Checked> checked = new ArrayList<>();

    public Emitter(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** A finding on displayed characters {@code [start, end)} of {@code view}'s text. */
    public void onDisplayed(String rule, PostView view, int start, int end, String message, String suggestion) {
        onDisplayed(rule, view, view.source(), view.displayed(), start, end, message, suggestion);
    }

    /**
     * A finding on displayed characters {@code [start, end)} of one of {@code view}'s texts: {@code d}, the network's
     * form of {@code src} (the text, a thread item, the first comment...); on the post when there is no text.
     */
    public void onDisplayed(String rule, PostView view, Text src, DisplayedText d, int start, int end, String message,
                            String suggestion) {
        if (d == null || src == null) {
            onPost(rule, view.post(), view.channel(), view.lang(), message, suggestion);
            return;
        }
        int[] range = d.sourceRange(start, Math.max(start, end));
        span(rule, view.post(), view.channel(), view.lang(), src, range[0], range[1], message, suggestion);
    }

    /** A finding on characters {@code [start, end)} of a source text. */
    public void span(String rule, Post post, String channel, String lang, Text text, int start, int end,
                     String message, String suggestion) {
        SourcePos[] at = text.spanAt(start, end);
        SourcePos s = at[0];
        SourcePos e = at[1];
        if (e.line() < s.line() || (e.line() == s.line() && e.column() < s.column())) {
            e = s;
        }
        emit(rule, post, channel, lang, s, e, message, suggestion);
    }

    /** A finding on a whole text (its first line). */
    public void onText(String rule, Post post, String channel, String lang, Text text, String message,
                       String suggestion) {
        if (text == null) {
            onPost(rule, post, channel, lang, message, suggestion);
            return;
        }
        String v = text.value();
        int end = v.indexOf('\n');
        span(rule, post, channel, lang, text, 0, end < 0 ? v.length() : end, message, suggestion);
    }

    /** A finding at a key of the post ({@code at}, {@code media}...), or the post itself. */
    public void onKey(String rule, Post post, String key, String channel, String lang, String message,
                      String suggestion) {
        SourcePos p = post.posOf(key);
        emit(rule, post, channel, lang, p, p, message, suggestion);
    }

    public void onPost(String rule, Post post, String channel, String lang, String message, String suggestion) {
        emit(rule, post, channel, lang, post.pos(), post.pos(), message, suggestion);
    }

    public void at(String rule, Post post, String channel, String lang, SourcePos pos, String message,
                   String suggestion) {
        emit(rule, post, channel, lang, pos, pos, message, suggestion);
    }

    private void emit(String rule, Post post, String channel, String lang, SourcePos start, SourcePos end,
                      String message, String suggestion) {
        Severity sev = catalog.require(rule).defaultSeverity();
        findings.add(new Finding(rule, sev, post.id(), channel, lang, start, end, message, suggestion));
    }

    /** Gives the finding just emitted its own severity (a vocabulary term's), when not null. */
    public void severityOfLast(Severity severity) {
        if (severity != null && !findings.isEmpty()) {
            findings.set(findings.size() - 1, findings.get(findings.size() - 1).withSeverity(severity));
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Records that a post was checked on a channel. */
    public void checked(Checked c) {
        checked.add(c);
    }

    /** The post x channel pairs checked, in order. */
    public List<Checked> checked() {
        return checked;
    }
}
