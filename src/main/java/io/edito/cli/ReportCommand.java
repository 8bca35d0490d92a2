package io.edito.cli;

import io.edito.core.Durations;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.kpi.Dimension;
import io.edito.kpi.Kpi;
import io.edito.kpi.ListeningKpis;
import io.edito.kpi.ProjectInputs;
import io.edito.kpi.Report;
import io.edito.kpi.ReportBuilder;
import io.edito.kpi.ReportSpec;
import io.edito.kpi.TargetSpec;
import io.edito.kpi.render.RenderFormat;
import io.edito.metrics.ExportFiles;
import io.edito.metrics.ExportReader;
import io.edito.metrics.PostsSeen;
import io.edito.metrics.ReadSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code edito report}: KPI summaries from the networks' CSV exports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"KPI summaries from the networks' CSV exports (X, Meta, LinkedIn, YouTube, TikTok, Publer, "
                + "the generic format, mappings), with targets that fail the run when missed.",
            "Each FILE's type is detected from its header; an inbox export (channel, received_at, ...) adds "
                + "community-care figures. See docs/kpi.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito report metrics/*.csv --by network",
            "  edito report metrics/ --from 2026-12-01 --to 2026-12-31 --compare previous",
            "  edito report metrics/ --target 'engagement_rate>=3%%@instagram' --format html",
            "  edito report inbox.csv --sla 30m --format json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written, every target met", "1:a target was missed",
            "2:input error (unknown export, malformed row with --strict, bad option)", "3:runtime failure"})
public final class ReportCommand implements Callable<Integer> {
    /** Inputs above this size get a progress line on a terminal. */
    static final long PROGRESS_BYTES = 50L << 20;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    EditoCommand root;

    @Option(names = "--no-calendar", description = "Do not read edito.yaml and the calendar (no zone, targets, mappings or plan vs actual from them).")
    boolean noCalendar;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files (CSV), or folders of them (their .csv and "
            + ".tsv files, subfolders too); a file named twice is read once, a post in two exports counted once (from the"
            + " first read).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Read every FILE as this export type instead of detecting it.")
    String type;

    /** What {@code --by} completes to: the dimensions, then the listening table's. */
    static final class DimensionNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.Stream.concat(java.util.Arrays.stream(io.edito.kpi.Dimension.values())
                    .map(io.edito.kpi.Dimension::key), java.util.stream.Stream.of("source", "kind", "competitor")).iterator();
        }
    }

    @Option(names = "--by", split = ",", paramLabel = "DIM", completionCandidates = DimensionNames.class,
            description = "Group by network, channel (the account), day, week, month, type, campaign, pillar, lang (comma-separated, in order); "
                    + "source, kind or competitor: the listening section's table (default source).")
    List<String> by = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = ReportCommand.PeriodDayConverter.class, description = "First day "
            + "included (yyyy-MM-dd, or today, yesterday, tomorrow: the day of --as-of, in the brand's zone).")
    PeriodDay from;

    @Option(names = "--to", paramLabel = "DATE", converter = ReportCommand.PeriodDayConverter.class, description = "Last day "
            + "included (yyyy-MM-dd, today, yesterday or tomorrow).")
    PeriodDay to;

    @Option(names = "--compare", paramLabel = "previous", description = "Compare with the previous period of the same length (needs --from and --to).")
    String compare;

    @Option(names = "--top", paramLabel = "N", description = "List the top and bottom N posts.")
    int top;

    @Option(names = "--rank-by", paramLabel = "KPI", defaultValue = "engagements",
            description = "What --top ranks on: engagements, engagement_rate, impressions, reach, clicks, ctr... (default: ${DEFAULT-VALUE}).")
    String rankBy;

    @Option(names = "--target", paramLabel = "TARGET",
            description = "A target such as engagement_rate>=3%%@instagram or response_rate>=99%%; a missed target exits 1. Repeatable.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--brand", paramLabel = "B", description = "The brand to report on, in a project of several "
            + "(needed there): its accounts, zone, targets, mappings, mentions and planned posts.")
    String brand;

    @Option(names = "--tz", paramLabel = "ZONE", description = "The brand's time zone (default: the configured one, else the system's).")
    String tz;

    @Option(names = "--as-of", paramLabel = "DATE", converter = ReportCommand.Day.class, description = "The day the report is made as of: dates written without a year (TikTok) are the latest such day on or before it, and planned posts due by its end should have metrics (default: today).")
    LocalDate asOf;

    @Option(names = "--strict", description = "Fail on the first malformed row instead of skipping and reporting it.")
    boolean strict;

    @Option(names = "--best-time", description = "Show the weekday x hour heatmap in text output (always in json and html).")
    boolean bestTime;

    @Option(names = "--sla", paramLabel = "DURATION", defaultValue = "1h", description = "Community-care first-response target: 30m, 1h, 1h30m, 1d (default: ${DEFAULT-VALUE}).")
    String sla;

    @Option(names = "--join-tolerance", paramLabel = "DURATION", defaultValue = "30m",
            description = "Largest gap between planned and published time for a network+time match with the calendar (default: ${DEFAULT-VALUE}).")
    String joinTolerance;

    /** The names of {@link RenderFormat}, for completion (the option takes them in any case). */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(RenderFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.class,
            description = "text, markdown, json, csv or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    Output output = new Output();

    /** What edito.yaml gives the report; read from the project when null (tests set it). */
    ProjectInputs project;

    @Override
    public Integer call() {
        ProjectInputs p = project != null ? project : root != null && !noCalendar
                ? ReportProject.load(root, spec.commandLine().getErr(), asOf, brand) : ProjectInputs.NONE;
        if (brand != null && p == ProjectInputs.NONE) {
            throw EditoException.input("--brand " + brand + ": no project read (" + (noCalendar ? "--no-calendar"
                    : "no edito.yaml here or above, nor --config") + "): the exports alone know no brand");
        }
        ZoneId zone = zone(p.zone());
        List<TargetSpec> targetSpecs = new ArrayList<>();
        p.targets().forEach(t -> targetSpecs.add(TargetSpec.parse(t)));
        targets.forEach(t -> targetSpecs.add(TargetSpec.parse(t)));
        // a target given both in edito.yaml and with --target (same metric, operator, threshold, scope) is one target
        java.util.Set<List<Object>> seenTargets = new java.util.HashSet<>();
        targetSpecs.removeIf(t -> !seenTargets.add(List.of(t.metric(), t.op(), t.threshold(),
                t.scope() == null ? "" : t.scope())));
        if (compare != null && !compare.equalsIgnoreCase("previous")) {
            throw EditoException.input("--compare: only 'previous' is supported");
        }
        Kpi rank = Kpi.byKey(rankBy);
        if (rank == null) {
            throw EditoException.input("--rank-by: unknown KPI '" + rankBy + "'");
        }
        RenderFormat fmt;
        try {
            fmt = RenderFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EditoException.input("--format: expected one of " + String.join(", ", new FormatNames())
                    + ", not '" + format + "'");
        }
        List<String> listeningBy = by.stream().filter(ListeningKpis.DIMENSIONS::contains).toList();
        if (listeningBy.size() > 1) {
            throw EditoException.input("--by: the listening table takes one of source, kind, competitor, not "
                    + String.join(" and ", listeningBy));
        }
        if (!listeningBy.isEmpty() && p.mentions().isEmpty()) {
            throw EditoException.input("--by " + listeningBy.get(0) + ": no mentions to group (the project has no "
                    + "listening: block, or its store is empty: see docs/listening.md)");
        }
        LocalDate today = asOf != null ? asOf : LocalDate.now(zone); // a cron job on a UTC server: the brand's day
        ReportSpec reportSpec = new ReportSpec(zone, from == null ? null : from.on(today), to == null ? null : to.on(today), by.stream()
                .filter(b -> !ListeningKpis.DIMENSIONS.contains(b)).map(Dimension::parse).toList(),
                compare != null, top, rank, targetSpecs, p.planned(), Durations.option("--join-tolerance", joinTolerance),
                Durations.option("--sla", sla));
        ExportReader.Options options = new ExportReader.Options(zone, today, strict ? "--strict" : null,
                type, p.mappings(), null);
        ReportBuilder builder = new ReportBuilder(reportSpec);
        builder.accounts(p.accounts());
        if (!p.mentions().isEmpty()) {
            builder.listening(p.mentions(), p.listeningSla(), listeningBy.isEmpty() ? "source" : listeningBy.get(0));
        }
        List<ReadSummary> summaries = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> exports = ExportFiles.expand(files, w -> err.println("edito: warning: " + w));
        PostsSeen seen = new PostsSeen(); // a post in two overlapping exports is counted once
        for (int i = 0; i < exports.size(); i++) {
            Path f = exports.get(i);
            LongConsumer progress = progress(f, err);
            ReadSummary s = new ExportReader(options.withProgress(progress))
                    .read(f, builder, exports.size() > 1 ? seen.next(f, i == exports.size() - 1) : null);
            if (progress != null) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
            summaries.add(s);
        }
        Report report = builder.build(summaries);
        output.render(spec.commandLine().getOut(), w -> fmt.renderer(output.paint(root), bestTime).render(report, w));
        if (report.compared() != null && (fmt != RenderFormat.TEXT || output.toFile())) {
            // the text report shows them under its totals; other formats and files are not read on the terminal
            report.compared().warnings().forEach(w -> err.println("edito: warning: " + w));
        }
        long skipped = report.rows().skipped();
        if (skipped > 0 && fmt != RenderFormat.TEXT) {
            boolean issues = summaries.stream().anyMatch(sm -> !sm.issues().isEmpty());
            err.println("edito: " + skipped + " row(s) skipped (" + reasons(summaries) + "); see \"files\""
                    + (issues ? " and their \"issues\"" : "") + " in the report");
        }
        if (!report.targetsMet()) {
            long missed = report.targets().stream().filter(t -> !t.met()).count();
            err.println("edito: " + missed + " target(s) missed");
            err.flush();
            return ExitCode.CHECKS_FAILED;
        }
        return ExitCode.OK;
    }

    /** The files' skipped rows by reason, over all files: {@code post in an earlier export: 48, total row: 1}. */
    private static String reasons(List<ReadSummary> summaries) {
        java.util.Map<String, Long> all = new java.util.LinkedHashMap<>();
        for (ReadSummary s : summaries) {
            s.skipReasons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> all.merge(e.getKey(), e.getValue(), Long::sum));
        }
        return String.join(", ", all.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    private ZoneId zone(ZoneId projectZone) {
        if (tz != null) {
            try {
                return io.edito.core.TimeZones.parse(tz);
            } catch (IllegalArgumentException e) {
                throw EditoException.input("--tz: " + e.getMessage());
            }
        }
        return projectZone != null ? projectZone : ZoneId.systemDefault();
    }

    /** Whether standard error is a terminal: on Linux from /proc, elsewhere when the JVM has a console. */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console check
        }
        return System.console() != null;
    }

    private LongConsumer progress(Path f, PrintWriter err) {
        try {
            long size = Files.size(f);
            if (size < PROGRESS_BYTES || !stderrIsTerminal()) {
                return null;
            }
            String name = f.getFileName().toString();
            return bytes -> {
                err.print(String.format(Locale.ROOT, "\r%s: %3d%% of %d MB", name, Math.min(100, bytes * 100 / size), size >> 20));
                err.flush();
            };
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * {@code --from}, {@code --to}: a day, or {@code today}, {@code yesterday}, {@code tomorrow} (a weekly cron report:
     * {@code --from yesterday}), read on the day of {@code --as-of} in the brand's zone once it is known.
     */
    record PeriodDay(LocalDate date, int fromToday) {
        LocalDate on(LocalDate today) {
            return date != null ? date : today.plusDays(fromToday);
        }
    }

    static final class PeriodDayConverter implements CommandLine.ITypeConverter<PeriodDay> {
        @Override
        public PeriodDay convert(String value) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "today":
                    return new PeriodDay(null, 0);
                case "yesterday":
                    return new PeriodDay(null, -1);
                case "tomorrow":
                    return new PeriodDay(null, 1);
                default:
                    try {
                        return new PeriodDay(LocalDate.parse(value.strip()), 0);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new CommandLine.TypeConversionException("not a date: '" + value
                                + "' (yyyy-MM-dd such as 2026-12-01, today, yesterday or tomorrow)");
                    }
            }
        }
    }

    /** {@code --from}, {@code --to}, {@code --as-of}: a day, with a one-line message when it is not one. */
    static final class Day implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a date: '" + value + "' (yyyy-MM-dd, e.g. 2026-12-01)");
            }
        }
    }
}
