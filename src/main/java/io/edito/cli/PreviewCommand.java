package io.edito.cli;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.check.run.CharterCheck;
import io.edito.config.BrandConfig;
import io.edito.core.AtomicFiles;
import io.edito.core.InputFiles;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.core.Suggest;
import io.edito.network.NetworkRegistry;
import io.edito.network.Networks;
import io.edito.preview.CalendarWatcher;
import io.edito.preview.HtmlPreview;
import io.edito.preview.PreviewBuilder;
import io.edito.preview.PreviewCard;
import io.edito.preview.PreviewQuery;
import io.edito.preview.TerminalPreview;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show each post as each network will show it: account, time, the text as the network displays "
                + "it, the \"… more\" fold, media with alt text and crop, thread, first comment, length against the "
                + "limit and the post's findings. In the terminal, or as one self-contained HTML page with --html.",
        footerHeading = "%nExamples:%n",
        footer = {"  edito preview winter-sale-launch",
            "  edito preview --channel instagram,x --lang ar --width 60",
            "  edito preview --from 2026-12-01 --to 2026-12-07 --html preview.html",
            "  edito preview --html preview.html --watch   (written again on each save)",
            "  edito preview --fold linkedin=140                 (LinkedIn's mobile fold)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage, unknown post id or errors in the calendar", "3:the page could not be written"})
public final class PreviewCommand implements Callable<Integer> {
    @ParentCommand
    EditoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "POST-ID|PATH", arity = "0..*",
            description = "Post ids to show, and calendar files, folders or a project folder to read (an argument "
                    + "that is an existing file or folder is a path; anything else is a post id).")
    List<String> arguments = new ArrayList<>();

    @Mixin
    PostFilter filter = new PostFilter();

    @Option(names = "--lang", paramLabel = "L", split = ",", description = "Only these languages.")
    List<String> langs = new ArrayList<>();

    @Option(names = "--width", paramLabel = "N", description = "Width of the cards (default: the terminal's).")
    Integer width;

    @Option(names = "--fold", paramLabel = "NETWORK=N", split = ",",
            description = "Fold a network's text after N characters instead of its usual cut-off (0: never), e.g. "
                    + "linkedin=140 for LinkedIn on mobile.")
    Map<String, Integer> folds = new LinkedHashMap<>();

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "Write one self-contained HTML page (mock-ups per network and a week grid) instead.")
    Path html;

    @Option(names = "--watch", description = "With --html: write the page again whenever a calendar file changes, "
            + "until Ctrl-C.")
    boolean watch;

    @Option(names = "--tz", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone for local times, replacing the brand's (an IANA zone such as Europe/Paris).")
    ZoneId tz;

    /** With {@code --watch}, the page reloads itself this often (a meta refresh: the page has no script). */
    static final int REFRESH_SECONDS = 3;

    /** The network facts (a charter may adjust them). */
    NetworkRegistry networks;

    @Override
    public Integer call() throws Exception {
        if (networks == null) {
            networks = Networks.defaults();
        }
        if (watch && html == null) {
            throw EditoException.input("--watch re-writes an HTML page: give --html OUT.html too");
        }
        if (width != null && width < TerminalPreview.MIN_WIDTH) {
            throw EditoException.input("--width " + width + " is too narrow for a card (" + TerminalPreview.MIN_WIDTH
                    + " columns at least)");
        }
        if (width != null && width > Terminal.MAX_WIDTH) { // each line is drawn that wide: 2^31 ran out of memory
            throw EditoException.input("--width " + width + " is wider than any terminal (" + Terminal.MAX_WIDTH
                    + " columns at most)");
        }
        List<Path> paths = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String a : arguments) {
            if (Files.exists(Path.of(a))) {
                paths.add(Path.of(a));
            } else {
                ids.add(a);
            }
        }
        filter.range.requireOrdered();
        Map<String, OptionalInt> foldOverrides = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : folds.entrySet()) {
            if (networks.find(e.getKey()).isEmpty()) {
                throw EditoException.input("--fold: unknown network '" + e.getKey() + "'"
                        + Suggest.didYouMean(e.getKey(), networks.ids()));
            }
            if (e.getValue() < 0) {
                throw EditoException.input("--fold " + e.getKey() + "=" + e.getValue() + ": a fold cannot be negative");
            }
            foldOverrides.put(e.getKey(), e.getValue() == 0 ? OptionalInt.empty() : OptionalInt.of(e.getValue()));
        }
        PreviewQuery query = new PreviewQuery(ids, Set.copyOf(filter.channels), Set.copyOf(filter.brands),
                Set.copyOf(langs), filter.start(), filter.endExclusive());
        PreviewBuilder builder = new PreviewBuilder(networks, foldOverrides);
        CalendarInput input = new CalendarInput();
        input.paths = paths;
        input.tz = tz;
        PrintWriter err = spec.commandLine().getErr();
        if (html == null) {
            Workspace.Loaded loaded = input.load(root, err);
            List<PreviewCard> cards = cards(loaded.calendar(), builder, query);
            StringWriter buffer = new StringWriter();
            PrintWriter w = new PrintWriter(buffer);
            TerminalPreview.render(cards, width != null ? width : Terminal.width(), root.paint(), w);
            w.flush();
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (!watch) {
            Workspace.Loaded loaded = input.load(root, err);
            writePage(loaded, builder, query, err);
            return ExitCode.OK;
        }
        return watchLoop(input, builder, query, err);
    }

    /** Renders the page and writes it atomically; returns the number of previews. */
    private int writePage(Workspace.Loaded loaded, PreviewBuilder builder, PreviewQuery query, PrintWriter err) {
        List<PreviewCard> cards = cards(loaded.calendar(), builder, query);
        String page = HtmlPreview.render(title(loaded), cards, html, watch ? REFRESH_SECONDS : 0);
        writeHtml(page);
        if (!root.quiet()) {
            err.println("edito: wrote " + html + " (" + cards.size() + (cards.size() == 1 ? " preview)" : " previews)"));
            err.flush();
        }
        return cards.size();
    }

    /** Writes the page atomically, never over one of the files the command read (exit 2). */
    private void writeHtml(String page) {
        InputFiles.refuseAsOutput("--html", html);
        AtomicFiles.writeStringThroughLinks(html, page);
    }

    /** {@code --watch}: writes the page, then again after every change, until interrupted (Ctrl-C). */
    private int watchLoop(CalendarInput input, PreviewBuilder builder, PreviewQuery query, PrintWriter err)
            throws java.io.IOException {
        try (CalendarWatcher watcher = new CalendarWatcher(html)) {
            // watched before the first render: a file saved while the page is being written is a change too
            watchGiven(watcher, input);
            Path changed = null;
            while (!Thread.currentThread().isInterrupted()) {
                if (changed != null && !root.quiet()) {
                    err.println("edito: " + changed + " changed");
                }
                Workspace.Loaded loaded = renderOnce(input, builder, query, err);
                if (loaded != null) {
                    watchFolders(watcher, loaded);
                } else {
                    watchGiven(watcher, input); // folders given may have appeared since
                }
                if (changed == null && !root.quiet()) {
                    err.println("edito: watching " + watcher.folders().size() + (watcher.folders().size() == 1
                            ? " folder" : " folders") + " for changes; Ctrl-C stops");
                    err.flush();
                }
                try {
                    changed = watcher.awaitChange();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return ExitCode.OK;
    }

    /** The working folder, the folders given on the command line (with their sub-folders) and those of files given. */
    private static void watchGiven(CalendarWatcher watcher, CalendarInput input) throws java.io.IOException {
        watcher.watch(List.of(Path.of("").toAbsolutePath()), false);
        watcher.watch(input.paths, true);
        watcher.watch(input.paths.stream().filter(Files::isRegularFile)
                .map(f -> f.toAbsolutePath().getParent()).toList(), false);
    }

    /** One render in watch mode: a broken calendar gives an error page and a message, never the end of the watch. */
    private Workspace.Loaded renderOnce(CalendarInput input, PreviewBuilder builder, PreviewQuery query, PrintWriter err) {
        Workspace.Loaded loaded;
        try {
            loaded = input.loadAll(root);
            int errors = CalendarInput.printProblems(loaded.problems(), root, err);
            if (errors > 0) {
                List<String> lines = loaded.problems().stream().filter(Problem::isError)
                        .map(p -> p.pos().describe() + ": " + p.message()).toList();
                writeHtml(HtmlPreview.errorPage("edito preview", lines, REFRESH_SECONDS));
                err.println("edito: " + errors + (errors == 1 ? " error" : " errors")
                        + " in the calendar; " + html + " shows them until they are fixed");
                err.flush();
                return loaded;
            }
            writePage(loaded, builder, query, err);
            return loaded;
        } catch (EditoException e) {
            if (e.exitCode() == ExitCode.RUNTIME) {
                throw e;
            }
            writeHtml(HtmlPreview.errorPage("edito preview", List.of(e.getMessage()), REFRESH_SECONDS));
            err.println("edito: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    private void watchFolders(CalendarWatcher watcher, Workspace.Loaded loaded) throws java.io.IOException {
        List<Path> flat = new ArrayList<>();
        List<Path> deep = new ArrayList<>();
        if (loaded.config().file() != null) {
            flat.add(loaded.config().file().toAbsolutePath().getParent());
        }
        for (BrandConfig b : loaded.config().brands().values()) {
            for (Path c : b.calendar()) {
                (Files.isDirectory(c) ? deep : flat).add(Files.isDirectory(c) ? c : c.toAbsolutePath().getParent());
            }
        }
        for (Path f : loaded.calendar().files()) {
            flat.add(f.toAbsolutePath().getParent());
        }
        for (Path p : input(loaded)) {
            (Files.isDirectory(p) ? deep : flat).add(Files.isDirectory(p) ? p : p.toAbsolutePath().getParent());
        }
        for (Post post : loaded.calendar().posts()) {
            if (post.content().media() != null) {
                for (var m : post.content().media()) {
                    if (m != null && m.file() != null) {
                        Path parent = loaded.config().root().resolve(m.file()).toAbsolutePath().normalize().getParent();
                        if (parent != null) {
                            flat.add(parent);
                        }
                    }
                }
            }
        }
        watcher.watch(flat, false);
        watcher.watch(deep, true);
    }

    private List<Path> input(Workspace.Loaded loaded) {
        List<Path> out = new ArrayList<>();
        for (String a : arguments) {
            Path p = Path.of(a);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String title(Workspace.Loaded loaded) {
        List<String> names = new ArrayList<>();
        for (BrandConfig b : loaded.config().brands().values()) {
            names.add(b.displayName() != null ? b.displayName() : b.name() != null ? b.name() : "brand");
        }
        return (names.isEmpty() ? "Calendar" : String.join(", ", names)) + " · edito preview";
    }

    /**
     * A post named on the command line that the other filters leave out is refused with the reason (it printed "No
     * posts match." and exit 0, where publish refuses the same --post): another brand's, on none of the channels
     * asked for, in none of the languages.
     */
    private void requireShown(Post post, PreviewQuery query, io.edito.config.ProjectConfig config) {
        if (!query.brand(post.brand())) {
            throw EditoException.input("post " + post.id() + " is brand " + post.brand() + "'s, not "
                    + String.join(" or ", filter.brands) + "'s");
        }
        if (!query.channels().isEmpty() && post.channels().stream().noneMatch(c -> query.channels().contains(c)
                || query.channels().contains(config.networkOf(post.brand(), c)))) {
            throw EditoException.input("post " + post.id() + " is on none of " + String.join(", ", filter.channels)
                    + " (its channels: " + String.join(", ", post.channels()) + ")");
        }
        if (!query.langs().isEmpty() && post.languages().stream().filter(java.util.Objects::nonNull)
                .noneMatch(l -> io.edito.core.LanguageTag.coveredByAny(query.langs(), l))) {
            java.util.Set<String> its = new java.util.TreeSet<>(post.languages().stream()
                    .filter(java.util.Objects::nonNull).toList());
            throw EditoException.input("post " + post.id() + " is in none of " + String.join(", ", langs)
                    + (its.isEmpty() ? " (it declares no language)" : " (its languages: " + String.join(", ", its) + ")"));
        }
    }

    /** The cards of {@code calendar}; an unknown post id is an input error with the closest id. */
    private List<PreviewCard> cards(Calendar calendar, PreviewBuilder builder, PreviewQuery asked) {
        filter.requireKnown(calendar.config(), tz); // also reads today and tomorrow in the brands' zone (or --tz)
        PreviewQuery query = new PreviewQuery(asked.postIds(), asked.channels(), asked.brands(), asked.langs(),
                filter.start(), filter.endExclusive());
        // a language none of the selected brands' posts is in selects nothing: refused, as a brand or channel is
        java.util.Set<String> languages = new java.util.TreeSet<>();
        if (!langs.isEmpty()) {
            calendar.posts().stream().filter(p -> query.brand(p.brand()))
                    .forEach(p -> p.languages().stream().filter(java.util.Objects::nonNull).forEach(languages::add));
        }
        String whose = query.brands().isEmpty() ? "the calendar" : "brand " + String.join(", ", filter.brands);
        for (String lang : langs) {
            if (languages.stream().noneMatch(l -> io.edito.core.LanguageTag.covers(lang, l))) {
                throw EditoException.input("--lang: no post of " + whose + " is in '" + lang + "'"
                        + Suggest.didYouMean(lang, languages) + (languages.isEmpty() ? " (its posts declare no language)"
                        : "; its languages: " + String.join(", ", languages)));
            }
        }
        List<String> known = calendar.posts().stream().map(Post::id).toList();
        for (String id : query.postIds()) {
            Post post = calendar.post(id).orElseThrow(() -> EditoException.input("no post '" + id
                    + "' in the calendar (and no such file or folder)" + Suggest.didYouMean(id, known)));
            requireShown(post, query, calendar.config());
        }
        CharterCheck.ForPreview checked = CharterCheck.forPreview(calendar, networks);
        List<PreviewCard> cards = builder.build(calendar, query, checked.findings(), checked.networksByBrand());
        // what the filters leave out together: the dates, a channel whose account sends none of the languages asked
        for (String id : query.postIds()) {
            if (cards.stream().noneMatch(c -> c.postId().equals(id))) {
                List<String> given = asked(query);
                throw EditoException.input("post " + id + " has no card" + (given.isEmpty()
                        ? " (none of its channels is a network edito shows)"
                        : " with " + String.join(", ", given) + ": none of its channels shows it then or in that language"));
            }
        }
        return cards;
    }

    /** The filters given, as written ("--from 2027-02-01", "--channel x-ar", "--lang fr"). */
    private List<String> asked(PreviewQuery query) {
        List<String> out = new ArrayList<>();
        if (filter.range.from != null) {
            out.add("--from " + filter.range.from.shown());
        }
        if (filter.range.to != null) {
            out.add("--to " + filter.range.to.shown());
        }
        if (!filter.channels.isEmpty()) {
            out.add("--channel " + String.join(",", filter.channels));
        }
        if (!langs.isEmpty()) {
            out.add("--lang " + String.join(",", langs));
        }
        return out;
    }
}
