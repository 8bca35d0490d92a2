package io.edito.cli.shell;

import io.edito.cli.completion.Candidates;
import io.edito.cli.completion.CommandTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * TAB in {@code edito shell}: the same model as the bash, zsh and fish scripts ({@link CommandTree}): commands,
 * options with their descriptions, fixed values, files, and post ids, channels and brands from the calendar.
 */
final class ShellCompleter implements Completer {
    private final CommandTree tree;
    private final Candidates calendar;
    private final Completer files;

    ShellCompleter(CommandTree tree, Path cwd) {
        this.tree = tree;
        Set<String> valueOptions = new HashSet<>();
        tree.all().forEach(c -> c.options().stream().filter(CommandTree.Opt::takesValue)
                .forEach(o -> valueOptions.addAll(o.names())));
        this.calendar = new Candidates(valueOptions, cwd);
        Supplier<Path> dir = () -> cwd;
        this.files = new Completers.FileNameCompleter() {
            @Override
            protected Path getUserDir() {
                return dir.get().toAbsolutePath();
            }
        };
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        if (!before.isEmpty() && before.get(0).equals("edito")) {
            before = before.subList(1, before.size());
        }
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        CommandTree node = tree;
        for (String w : before) {
            for (CommandTree child : node.children()) {
                if (child.name().equals(w)) {
                    node = child;
                    break;
                }
            }
        }
        String prev = before.isEmpty() ? null : before.get(before.size() - 1);
        CommandTree.Opt valueOf = prev == null ? null : option(node, prev);
        if (valueOf != null && valueOf.takesValue()) {
            if (valueOf.files()) {
                files.complete(reader, line, out);
            } else if (valueOf.dynamic() != null) {
                calendarValues(valueOf.dynamic(), before, current, valueOf.commaSeparated(), out);
            } else {
                valueOf.values().forEach(v -> out.add(new Candidate(v)));
            }
            return;
        }
        if (current.startsWith("-")) {
            for (CommandTree.Opt o : node.options()) {
                for (String n : o.names()) {
                    out.add(new Candidate(n, n, "options", o.description(), null, null, true));
                }
            }
            return;
        }
        for (CommandTree child : node.children()) {
            out.add(new Candidate(child.name(), child.name(), "commands", child.description(), null, null, true));
        }
        for (CommandTree.Positional p : node.positionals()) {
            if (p.dynamic() != null) {
                calendarValues(p.dynamic(), before, current, false, out);
            }
            p.values().forEach(v -> out.add(new Candidate(v)));
            if (p.files()) {
                files.complete(reader, line, out);
            }
        }
    }

    private void calendarValues(CommandTree.Dynamic kind, List<String> before, String current, boolean split,
                                List<Candidate> out) {
        String head = split && current.contains(",") ? current.substring(0, current.lastIndexOf(',') + 1) : "";
        for (String v : calendar.of(kind, new ArrayList<>(before))) {
            out.add(new Candidate(head + v, v, kind.kind(), null, null, null, true));
        }
    }

    private static CommandTree.Opt option(CommandTree node, String name) {
        for (CommandTree.Opt o : node.options()) {
            if (o.names().contains(name)) {
                return o;
            }
        }
        return null;
    }
}
