package io.edito.cli.completion;

import picocli.CommandLine;

/**
 * The fish completion script, generated from the command model: one {@code complete} line per subcommand,
 * option and positional parameter, with descriptions; calendar values through {@code edito __complete}.
 */
public final class FishCompletion {
    private FishCompletion() {
    }

    public static String script(CommandLine root) {
        String name = root.getCommandName();
        String fn = "__" + name.replace('-', '_');
        CommandTree tree = CommandTree.of(root);
        StringBuilder s = new StringBuilder();
        s.append("# fish completion for ").append(name).append(", generated from its command model by `")
                .append(name).append(" completion fish`.\n");
        s.append("# Install: ").append(name).append(" completion fish > ~/.config/fish/completions/")
                .append(name).append(".fish\n\n");
        s.append("# The subcommand path typed so far, such as \"ledger show\".\n");
        s.append("function ").append(fn).append("_path\n");
        s.append("    set -l path\n");
        s.append("    for w in (commandline -opc)[2..-1]\n");
        s.append("        if contains -- \"$path $w\"");
        for (CommandTree c : tree.all()) {
            if (!c.path().isEmpty()) {
                s.append(' ').append(quote(" " + String.join(" ", c.path())));
            }
        }
        s.append('\n');
        s.append("            set path \"$path $w\"\n");
        s.append("        end\n");
        s.append("    end\n");
        s.append("    string trim -- \"$path\"\n");
        s.append("end\n\n");
        s.append("# True when the subcommand path typed so far is exactly the arguments.\n");
        s.append("function ").append(fn).append("_at\n");
        s.append("    set -l path (").append(fn).append("_path)\n");
        s.append("    test \"$path\" = \"$argv\"\n");
        s.append("end\n\n");
        s.append("# Values of a kind (posts, channels, brands) from the calendar of the command line typed so far.\n");
        s.append("function ").append(fn).append("_values\n");
        s.append("    ").append(name).append(" __complete $argv[1] -- (commandline -opc)[2..-1] 2>/dev/null\n");
        s.append("end\n\n");
        s.append("# The same for a comma-separated list: each value after what the word holds up to its last comma.\n");
        s.append("function ").append(fn).append("_values_split\n");
        s.append("    set -l head (string match -r -- '^.*,' (commandline -ct))\n");
        s.append("    for v in (").append(fn).append("_values $argv[1])\n");
        s.append("        echo \"$head$v\"\n");
        s.append("    end\n");
        s.append("end\n\n");
        s.append("# True when the previous word is an option that takes a value: no positional completion then.\n");
        s.append("function ").append(fn).append("_after_value_option\n");
        s.append("    set -l words (commandline -opc)\n");
        s.append("    contains -- $words[-1]");
        tree.all().stream().flatMap(c -> c.options().stream()).filter(CommandTree.Opt::takesValue)
                .flatMap(o -> o.names().stream()).distinct().sorted().forEach(n -> s.append(' ').append(n));
        s.append("\n");
        s.append("end\n\n");
        s.append("complete -c ").append(name).append(" -f\n");
        for (CommandTree c : tree.all()) {
            String at = fn + "_at" + (c.path().isEmpty() ? "" : " " + String.join(" ", c.path()));
            String cond = quote(at);
            String wordCond = quote(at + "; and not " + fn + "_after_value_option");
            s.append('\n').append("# ").append(c.path().isEmpty() ? name : name + " " + String.join(" ", c.path()))
                    .append('\n');
            for (CommandTree child : c.children()) {
                s.append("complete -c ").append(name).append(" -n ").append(wordCond).append(" -a ")
                        .append(quote(child.name())).append(" -d ").append(quote(child.description())).append('\n');
            }
            for (CommandTree.Opt o : c.options()) {
                s.append("complete -c ").append(name).append(" -n ").append(cond);
                for (String l : o.longNames()) {
                    s.append(" -l ").append(l.substring(2));
                }
                for (String sh : o.shortNames()) {
                    s.append(sh.length() == 2 ? " -s " + sh.substring(1) : " -o " + sh.substring(1));
                }
                if (o.takesValue() && o.files()) {
                    s.append(" -r -F"); // a file
                } else if (o.takesValue()) {
                    s.append(" -x"); // -r -f: a value that is not a file
                    if (o.dynamic() != null) {
                        s.append(" -a ").append(quote("(" + fn + (o.commaSeparated() ? "_values_split " : "_values ")
                                + o.dynamic().kind() + ")"));
                    } else if (!o.values().isEmpty()) {
                        s.append(" -a ").append(quote(String.join(" ", o.values())));
                    }
                }
                s.append(" -d ").append(quote(o.description())).append('\n');
            }
            for (CommandTree.Positional p : c.positionals()) {
                if (!p.files() && p.dynamic() == null && p.values().isEmpty()) {
                    continue; // nothing to offer: free text
                }
                s.append("complete -c ").append(name).append(" -n ").append(wordCond);
                if (p.files()) {
                    s.append(" -F");
                }
                if (p.dynamic() != null) {
                    s.append(" -a ").append(quote("(" + fn + "_values " + p.dynamic().kind() + ")"));
                } else if (!p.values().isEmpty()) {
                    s.append(" -a ").append(quote(String.join(" ", p.values())));
                }
                s.append(" -d ").append(quote(p.label())).append('\n');
            }
        }
        return s.toString();
    }

    /** A fish single-quoted string: only backslash and the quote itself are special inside. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
