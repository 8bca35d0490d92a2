package io.edito.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a load, so that a user sees them all at once, not just the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void error(SourcePos pos, String message) {
        list.add(Problem.error(pos, message));
    }

    public void warning(SourcePos pos, String message) {
        list.add(Problem.warning(pos, message));
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
