package io.edito.cli.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What completion needs of the command tree, read from picocli's model: visible commands, their options and
 * positional parameters, and which of them take files, fixed values or values from the calendar.
 */
public record CommandTree(List<String> path, String description, List<Opt> options, List<Positional> positionals,
                          List<CommandTree> children) {

    /** Values completed from the calendar at TAB time, by {@code edito __complete KIND}. */
    public enum Dynamic {
        POSTS("posts"), CHANNELS("channels"), BRANDS("brands");

        private final String kind;

        Dynamic(String kind) {
            this.kind = kind;
        }

        /** The KIND argument of {@code edito __complete}. */
        public String kind() {
            return kind;
        }

        /** The kind named {@code kind}, or null. */
        public static Dynamic of(String kind) {
            for (Dynamic d : values()) {
                if (d.kind.equals(kind)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** The one table of which options take calendar values: by option name, in every command that has it. */
    private static final Map<String, Dynamic> DYNAMIC_OPTIONS = Map.of(
            "--channel", Dynamic.CHANNELS, "--brand", Dynamic.BRANDS, "--post", Dynamic.POSTS);

    /** Positional parameters whose label starts with this take post ids (and paths). */
    private static final String POST_ID_LABEL = "POST-ID";

    /** An option as completion sees it. */
    public record Opt(List<String> names, String description, boolean takesValue, List<String> values, boolean files,
                      Dynamic dynamic, boolean commaSeparated) {
        public List<String> longNames() {
            return names.stream().filter(n -> n.startsWith("--")).toList();
        }

        public List<String> shortNames() {
            return names.stream().filter(n -> !n.startsWith("--")).toList();
        }
    }

    /** A positional parameter as completion sees it. */
    public record Positional(String label, List<String> values, boolean files, Dynamic dynamic) {
    }

    /** The tree under {@code root}, hidden commands and options left out. */
    public static CommandTree of(CommandLine root) {
        return of(root.getCommandSpec(), List.of());
    }

    private static CommandTree of(CommandSpec spec, List<String> path) {
        List<Opt> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            boolean takesValue = o.arity().max() > 0;
            Dynamic dynamic = takesValue ? DYNAMIC_OPTIONS.get(o.longestName()) : null;
            options.add(new Opt(List.of(o.names()), summary(o), takesValue, takesValue ? candidates(o) : List.of(),
                    takesValue && isFile(o), dynamic, ",".equals(o.splitRegex())));
        }
        List<Positional> positionals = new ArrayList<>();
        List<CommandTree> children = new ArrayList<>();
        List<String> childNames = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
                continue; // hidden commands and aliases
            }
            List<String> childPath = new ArrayList<>(path);
            childPath.add(sub.name());
            children.add(of(sub, List.copyOf(childPath)));
            childNames.add(sub.name());
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            boolean postIds = p.paramLabel().startsWith(POST_ID_LABEL);
            List<String> values = candidates(p);
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                values = helpTopics(spec);
            }
            positionals.add(new Positional(p.paramLabel(), values, isFile(p) || postIds,
                    postIds ? Dynamic.POSTS : null));
        }
        return new CommandTree(path, firstSentence(spec.usageMessage().description()), List.copyOf(options),
                List.copyOf(positionals), List.copyOf(children));
    }

    /** The name of this command: the last element of its path, or null for the root. */
    public String name() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /** This command and every command below it, depth first, the root first. */
    public List<CommandTree> all() {
        List<CommandTree> out = new ArrayList<>();
        out.add(this);
        for (CommandTree c : children) {
            out.addAll(c.all());
        }
        return out;
    }

    public List<String> childNames() {
        return children.stream().map(CommandTree::name).toList();
    }

    private static List<String> helpTopics(CommandSpec help) {
        CommandSpec parent = help.parent();
        List<String> names = new ArrayList<>();
        if (parent != null) {
            for (Map.Entry<String, CommandLine> e : parent.subcommands().entrySet()) {
                CommandSpec sub = e.getValue().getCommandSpec();
                if (!sub.usageMessage().hidden() && e.getKey().equals(sub.name()) && sub != help) {
                    names.add(sub.name());
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> candidates(ArgSpec a) {
        List<String> out = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static boolean isFile(ArgSpec a) {
        Class<?> t = a.auxiliaryTypes().length > 0 && a.isMultiValue() ? a.auxiliaryTypes()[0] : a.type();
        return Path.class.isAssignableFrom(t) || File.class.isAssignableFrom(t);
    }

    /** The option's description as one line: its first sentence, with picocli's variables filled in. */
    private static String summary(OptionSpec o) {
        String text = String.join(" ", o.description());
        if (text.contains("${COMPLETION-CANDIDATES}")) {
            text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates(o)));
        }
        if (text.contains("${DEFAULT-VALUE}")) {
            text = text.replace("${DEFAULT-VALUE}", o.defaultValue() != null ? o.defaultValue() : String.valueOf(o.initialValue()));
        }
        return firstSentence(new String[] {text});
    }

    private static String firstSentence(String[] lines) {
        String text = String.join(" ", lines).replaceAll("%n", " ").replaceAll("\\s+", " ").trim();
        int end = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && !text.startsWith("e.g", i - 3)
                    && !text.startsWith("i.e", i - 3)) {
                end = i;
                break;
            }
        }
        if (end > 0) {
            text = text.substring(0, end);
        } else if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
