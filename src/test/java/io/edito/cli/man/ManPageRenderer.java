package io.edito.cli.man;

import io.edito.cli.completion.CommandTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Man pages in roff (man(7) macros, section 1) from picocli's command model: one page for the root and one for each
 * visible command below it ({@code edito-ledger-show.1}), with the same synopsis, options, exit codes and examples
 * as {@code --help}. The output depends only on the model, the version and the date given: no clock, no locale, no
 * platform line separator (reproducible builds).
 */
public final class ManPageRenderer {
    private static final String MANUAL = "Edito Manual";
    /** Wide enough that picocli never wraps the synopsis: roff fills and breaks it. */
    private static final int UNWRAPPED = 10_000;

    private final String version;
    private final LocalDate date;

    /**
     * @param version the version printed in each page's footer ("edito 0.1.0")
     * @param date    the date printed in each page's footer: the project's, never the build's
     */
    public ManPageRenderer(String version, LocalDate date) {
        this.version = Objects.requireNonNull(version);
        this.date = Objects.requireNonNull(date);
    }

    /** Every page of the tree under {@code root}, by file name ({@code edito.1}, {@code edito-check.1}...), root first. */
    public Map<String, String> render(CommandLine root) {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (CommandTree t : CommandTree.of(root).all()) {
            summaries.put(String.join(" ", t.path()), t.description());
        }
        Map<String, String> pages = new LinkedHashMap<>();
        collect(root.getCommandSpec(), summaries, pages);
        return pages;
    }

    private void collect(CommandSpec spec, Map<String, String> summaries, Map<String, String> pages) {
        pages.put(pageName(spec) + ".1", page(spec, summaries));
        for (CommandSpec sub : visibleSubcommands(spec)) {
            collect(sub, summaries, pages);
        }
    }

    /** The page name of a command: its qualified name with hyphens, {@code edito-ledger-show}. */
    public static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    /** Subcommands shown in --help: hidden ones and aliases left out. */
    static List<CommandSpec> visibleSubcommands(CommandSpec spec) {
        List<CommandSpec> out = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (!sub.usageMessage().hidden() && e.getKey().equals(sub.name())) {
                out.add(sub);
            }
        }
        return out;
    }

    private String page(CommandSpec spec, Map<String, String> summaries) {
        List<String> out = new ArrayList<>();
        String name = pageName(spec);
        out.add(".\\\" Generated from edito's command model (io.edito.cli.ManPages); do not edit.");
        out.add(".TH " + Roff.arg(name.toUpperCase(java.util.Locale.ROOT)) + " 1 " + Roff.arg(date.toString()) + " "
                + Roff.arg(version) + " " + Roff.arg(MANUAL));
        out.add(".ad l"); // ragged right: no wide gaps around long words in a terminal
        out.add(".SH NAME");
        // kept plain (no \%): mandb and lexgrog read "name \- summary" from this line for whatis and apropos
        out.add(Roff.escape(name) + " \\- " + Roff.escape(summary(spec, summaries)).replace("\n", " "));

        out.add(".SH SYNOPSIS");
        synopsis(spec, out);

        List<List<String>> description = paragraphs(spec.usageMessage().description());
        if (!description.isEmpty()) {
            out.add(".SH DESCRIPTION");
            addParagraphs(description, ".PP", out);
        }

        Help help = new Help(spec, markerScheme());
        List<OptionSpec> options = visibleOptions(spec, help);
        if (!options.isEmpty()) {
            out.add(".SH OPTIONS");
            for (OptionSpec o : options) {
                out.add(".TP");
                out.add(optionTag(o, help));
                addParagraphs(argDescription(o, spec.usageMessage()), ".IP", out);
            }
        }

        List<PositionalParamSpec> positionals = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!positionals.isEmpty()) {
            out.add(".SH ARGUMENTS");
            for (PositionalParamSpec p : positionals) {
                out.add(".TP");
                out.add(Roff.escape(label(p, help)));
                addParagraphs(argDescription(p, spec.usageMessage()), ".IP", out);
            }
        }

        List<CommandSpec> subs = visibleSubcommands(spec);
        if (!subs.isEmpty()) {
            out.add(".SH COMMANDS");
            for (CommandSpec sub : subs) {
                out.add(".TP");
                out.add("\\fB" + Roff.escape(sub.name()) + "\\fR");
                out.addAll(Roff.lines(Roff.escape(summary(sub, summaries) + ". See " + Roff.BOLD_ON + pageName(sub)
                        + Roff.FONT_OFF + "(1).")));
            }
        }

        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            out.add(".SH \"EXIT STATUS\"");
            for (Map.Entry<String, String> e : exitCodes.entrySet()) {
                out.add(".TP");
                out.add("\\fB" + Roff.escape(Roff.format(e.getKey()).strip()) + "\\fR");
                out.addAll(Roff.lines(Roff.escape(Roff.markup(Roff.format(e.getValue())))));
            }
        }

        footer(spec.usageMessage(), out);
        seeAlso(spec, out);
        return String.join("\n", out) + "\n";
    }

    /**
     * The one-line summary of NAME and COMMANDS: the command's own header, or, when the header is the one every
     * command inherits from the root, the first sentence of its description (as completion shows it).
     */
    private static String summary(CommandSpec spec, Map<String, String> summaries) {
        String header = String.join(" ", spec.usageMessage().header()).strip();
        CommandSpec parent = spec.parent();
        boolean inherited = parent != null && header.equals(String.join(" ", parent.usageMessage().header()).strip());
        String s;
        if (!header.isEmpty() && !inherited) {
            s = stripPeriod(header);
        } else {
            s = summaries.get(spec.qualifiedName(" ").substring(spec.root().name().length()).strip());
        }
        if (s == null || s.isBlank()) {
            return spec.name();
        }
        return Roff.plain(Roff.markup(Roff.format(s))).replaceAll("\\s+", " ").strip();
    }

    private static String stripPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
    }

    private static Help.ColorScheme markerScheme() {
        return new Help.ColorScheme.Builder(Ansi.ON)
                .commands(Roff.BOLD).options(Roff.BOLD).parameters(Roff.ITALIC).optionParams(Roff.ITALIC).build();
    }

    /** picocli's own synopsis (as in --help), in a .SY block: bracketed groups are never broken across lines. */
    private static void synopsis(CommandSpec spec, List<String> out) {
        UsageMessageSpec usage = spec.usageMessage();
        int width = usage.width();
        String synopsis;
        try {
            usage.width(UNWRAPPED);
            synopsis = Roff.stripAnsi(new Help(spec, markerScheme()).synopsis(0)).strip();
        } finally {
            usage.width(width);
        }
        String command = spec.qualifiedName(" ");
        String marked = Roff.BOLD_ON + command + Roff.FONT_OFF;
        if (synopsis.startsWith(marked)) {
            synopsis = synopsis.substring(marked.length()).strip();
        }
        out.add(".SY " + Roff.arg(command));
        for (String line : Roff.lines(Roff.escape(unbreakableGroups(synopsis.replaceAll("\\s*\\R\\s*", " "))))) {
            out.add(line);
        }
        out.add(".YS");
    }

    /** Spaces inside [...] become unbreakable spaces: roff breaks the synopsis between groups only. */
    private static String unbreakableGroups(String synopsis) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < synopsis.length(); i++) {
            char c = synopsis.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            }
            out.append(c == ' ' && depth > 0 ? Roff.NO_BREAK : c);
        }
        return out.toString();
    }

    /** The options --help lists, in its order. */
    private static List<OptionSpec> visibleOptions(CommandSpec spec, Help help) {
        List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
        Comparator<OptionSpec> sort = help.createDefaultOptionSort();
        if (sort != null) {
            options.sort(sort);
        }
        return options;
    }

    /** {@code \fB\-o\fR, \fB\-\-output\fR=\fIFILE\fR}. */
    private static String optionTag(OptionSpec o, Help help) {
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
            names.add(Roff.BOLD_ON + n + Roff.FONT_OFF);
        }
        return Roff.escape(String.join(", ", names) + label(o, help));
    }

    /** The parameter label as --help prints it ({@code =FILE}, {@code [PATH...]}), with font markers. */
    private static String label(ArgSpec a, Help help) {
        return Roff.stripAnsi(help.parameterLabelRenderer().renderParameterLabel(a, Ansi.ON, List.of(Roff.ITALIC)).toString());
    }

    /** An option's or parameter's description, with its default value where --help shows it. */
    private static List<List<String>> argDescription(ArgSpec a, UsageMessageSpec usage) {
        List<String> lines = new ArrayList<>(List.of(a.description()));
        Help.Visibility v = a.isOption() ? ((OptionSpec) a).showDefaultValue() : ((PositionalParamSpec) a).showDefaultValue();
        boolean shown = v == Help.Visibility.ALWAYS || (v == Help.Visibility.ON_DEMAND && usage.showDefaultValues());
        String defaultValue = a.defaultValueString();
        if (shown && defaultValue != null && !"null".equals(defaultValue)) {
            lines.add("Default: " + defaultValue.replace("%", "%%") + ".");
        }
        return paragraphs(lines.toArray(String[]::new));
    }

    /**
     * picocli description lines as paragraphs of escaped roff lines: a blank element (or {@code %n%n}) separates
     * paragraphs; other elements run on, as text wrapped by hand in the source.
     */
    private static List<List<String>> paragraphs(String[] description) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String element : description) {
            String text = Roff.markup(Roff.format(element));
            for (String line : text.split("\n", -1)) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        out.add(current);
                        current = new ArrayList<>();
                    }
                } else {
                    current.addAll(Roff.lines(Roff.escape(line)));
                }
            }
            if (element.isBlank() && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static void addParagraphs(List<List<String>> paragraphs, String separator, List<String> out) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.add(separator);
            }
            out.addAll(paragraphs.get(i));
        }
    }

    /**
     * The footer under its own heading: "Examples:" as EXAMPLES, in no-fill mode, each example's comment (the text
     * after two spaces or more) written as a shell comment above it; any other footer as filled text under its
     * heading.
     */
    private static void footer(UsageMessageSpec usage, List<String> out) {
        List<String> lines = new ArrayList<>();
        for (String element : usage.footer()) {
            lines.addAll(List.of(Roff.format(element).split("\n", -1)));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return;
        }
        String heading = Roff.format(usage.footerHeading()).strip().replaceAll(":$", "").strip();
        if (heading.isEmpty()) {
            heading = "Notes";
        }
        String section = heading.toUpperCase(java.util.Locale.ROOT);
        out.add(".SH " + (section.matches("[A-Z]+") ? section : Roff.arg(section)));
        if (!heading.equalsIgnoreCase("Examples")) {
            for (String line : lines) {
                out.addAll(Roff.lines(Roff.escape(Roff.markup(line))));
            }
            return;
        }
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        List<String> example = new ArrayList<>();
        boolean previousCommented = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = Roff.markup(line.substring(Math.min(indent, line.length() - line.stripLeading().length())))
                    .stripTrailing();
            String[] parts = text.split(" {2,}", 2);
            boolean commented = parts.length == 2 && !parts[0].isBlank();
            if (!example.isEmpty() && (commented || previousCommented)) {
                example.add("");
            }
            if (commented) {
                String comment = parts[1].strip();
                if (comment.startsWith("(") && comment.endsWith(")")) {
                    comment = comment.substring(1, comment.length() - 1);
                }
                example.add("# " + comment);
                example.add(parts[0]);
            } else {
                example.add(text);
            }
            previousCommented = commented;
        }
        out.add(".PP");
        out.add(".EX");
        out.addAll(Roff.literalLines(Roff.escape(String.join("\n", example))));
        out.add(".EE");
    }

    /** edito(1), the parents, the command's own subcommands and its siblings. */
    private static void seeAlso(CommandSpec spec, List<String> out) {
        List<String> names = new ArrayList<>();
        for (CommandSpec p = spec.parent(); p != null; p = p.parent()) {
            names.add(0, pageName(p));
        }
        for (CommandSpec sub : visibleSubcommands(spec)) {
            names.add(pageName(sub));
        }
        if (spec.parent() != null) {
            for (CommandSpec sibling : visibleSubcommands(spec.parent())) {
                if (sibling != spec) {
                    names.add(pageName(sibling));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        out.add(".SH \"SEE ALSO\"");
        for (int i = 0; i < names.size(); i++) {
            out.add(".BR \\%" + Roff.escape(names.get(i)) + " (1)" + (i < names.size() - 1 ? "," : ""));
        }
    }
}
