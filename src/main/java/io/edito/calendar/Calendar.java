package io.edito.calendar;

import io.edito.config.ProjectConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded editorial calendar: the project configuration and every post, in file order.
 *
 * @param files the calendar files read, in the order read
 * @param sources each file's lines, for printing the source line under a finding
 */
public record Calendar(ProjectConfig config, List<Post> posts, List<Path> files, Map<Path, List<String>> sources) {

    public Optional<Post> post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The post written where {@code pos} is: the last post of its file that starts at or before it, or empty (a
     * position before the file's first post, in its {@code defaults:}, or in no calendar file).
     */
    public Optional<Post> postAt(io.edito.core.SourcePos pos) {
        if (pos == null || pos.file() == null) {
            return Optional.empty();
        }
        Post found = null;
        for (Post p : posts) {
            if (p.pos() == null || !pos.file().equals(p.pos().file())) {
                continue;
            }
            boolean before = p.pos().line() < pos.line()
                    || p.pos().line() == pos.line() && p.pos().column() <= pos.column();
            if (before && (found == null || p.pos().line() > found.pos().line()
                    || p.pos().line() == found.pos().line() && p.pos().column() > found.pos().column())) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Line {@code line} (1-based) of {@code file}, or an empty string. */
    public String sourceLine(Path file, int line) {
        List<String> lines = sources.get(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return "";
        }
        return lines.get(line - 1);
    }
}
