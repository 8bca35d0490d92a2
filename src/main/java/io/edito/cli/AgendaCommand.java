package io.edito.cli;

import io.edito.agenda.Agenda;
import io.edito.agenda.AgendaIcs;
import io.edito.agenda.AgendaJson;
import io.edito.agenda.AgendaMarkdown;
import io.edito.agenda.AgendaQuery;
import io.edito.agenda.AgendaText;
import io.edito.calendar.Status;
import io.edito.calendar.Workspace;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "List the calendar's posts by time: a week-by-week view, JSON, Markdown or an iCalendar feed.",
        footerHeading = "%nExamples:%n",
        footer = {"  edito agenda examples/atlas-air",
            "  edito agenda --from 2026-12-01 --to 2026-12-31 --channel instagram",
            "  edito agenda --status approved --format json",
            "  edito agenda --format ics --output calendar.ics"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage or errors in the calendar", "3:output could not be written"})
final class AgendaCommand extends CalendarCommand {

    @picocli.CommandLine.Mixin
    PostFilter filter;

    @Option(names = "--status", paramLabel = "S", split = ",", converter = PostStatuses.Converter.class,
            completionCandidates = PostStatuses.class, description = "Only these statuses: ${COMPLETION-CANDIDATES}.")
    List<Status> statuses = new ArrayList<>();

    /** The formats this command writes: picocli lists them (and only them) on a wrong --format. */
    enum Format { text, json, markdown, ics }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, markdown or ics (default: text).")
    Format format = Format.text;

    @Option(names = "--width", paramLabel = "N", description = "Width of the text view (default: the terminal's).")
    Integer width;

    @Mixin
    Output output = new Output();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (width != null && (width < 1 || width > Terminal.MAX_WIDTH)) {
            throw EditoException.input("--width must be a number of columns from 1 to " + Terminal.MAX_WIDTH + ", not "
                    + width);
        }
        Workspace.Loaded loaded = load();
        filter.requireKnown(loaded.config(), input.tz);
        AgendaQuery query = new AgendaQuery(filter.start(), filter.endExclusive(), filter.channelSet(loaded.config()),
                filter.brandSet(), Set.copyOf(statuses));
        Agenda agenda = Agenda.of(loaded.calendar(), query);
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        switch (format) {
            case json -> w.print(AgendaJson.render(agenda));
            case markdown -> AgendaMarkdown.render(agenda, w);
            case ics -> w.print(AgendaIcs.render(agenda, Instant.now()));
            case text -> AgendaText.render(agenda, width != null ? width : Terminal.width(),
                    output.paint(root), w);
        }
        w.flush();
        output.write(spec.commandLine().getOut(), buffer.toString());
        return ExitCode.OK;
    }
}
