package io.edito.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a load, so that a user sees them all at once, not just the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    /** The post whose entry is being read, or null: what the problems found now are about. */
    private String post;

    /**
     * The problems found from now on are in the entry of post {@code id} ({@link Problem#IN_A_POST_WITHOUT_ID}: one
     * without an id), until {@code null}; returns the post they were about before.
     */
    public String inPost(String id) {
        String before = post;
        this.post = id;
        return before;
    }

    public void error(SourcePos pos, String message) {
        list.add(new Problem(Problem.Severity.ERROR, pos, message, post));
    }

    public void warning(SourcePos pos, String message) {
        list.add(new Problem(Problem.Severity.WARNING, pos, message, post));
    }

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(list);
    }
}
