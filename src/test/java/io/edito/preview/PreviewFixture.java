package io.edito.preview;

import io.edito.calendar.Calendar;
import io.edito.calendar.Workspace;
import io.edito.check.Finding;
import io.edito.core.Paint;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test project under src/test/resources/preview/project, copied into a temporary folder and loaded. */
final class PreviewFixture {
    private PreviewFixture() {
    }

    static Path copyProject(Path into) {
        return copyProject("/preview/project", into);
    }

    /** The test project at resource folder {@code resource}, copied into {@code into}. */
    static Path copyProject(String resource, Path into) {
        try {
            Path src = Path.of(PreviewFixture.class.getResource(resource).toURI());
            io.edito.TestFiles.copyTree(src, into);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Calendar load(Path project) {
        Workspace.Loaded loaded = new Workspace(new YamlReader(), new HashSet<>(Networks.defaults().ids()))
                .load(new Workspace.Request(List.of(project), null, null, Path.of("")));
        if (loaded.hasErrors()) {
            throw new IllegalStateException("fixture has errors: " + loaded.problems());
        }
        return loaded.calendar();
    }

    /** Findings as the charter checks would give them, to show under the cards. */
    static List<Finding> findings() {
        Path file = Path.of("calendar/2026-12.yaml");
        return List.of(
                new Finding("hashtags.camel_case", Severity.WARNING, "winter-sale-launch", "instagram", "fr",
                        new SourcePos(file, 7, 160), new SourcePos(file, 7, 171),
                        "hashtag #Voyage: write hashtags in CamelCase for screen readers", null),
                new Finding("media.alt_missing", Severity.ERROR, "family-day", null, null,
                        new SourcePos(file, 41, 7), new SourcePos(file, 41, 90),
                        "no alt text on assets/missing.mp4", "add alt: to the media"),
                new Finding("approval.missing", Severity.INFO, "ramadan-greeting", null, null,
                        new SourcePos(file, 25, 5), new SourcePos(file, 25, 5), "no approved_by yet", null));
    }

    /** A fixed {@link Paint} for coloured goldens: {@code «bold+cyan:text»}, readable in a diff. */
    static final Paint TAGS = new Paint() {
        @Override
        public String paint(String text, Tone... tones) {
            if (tones.length == 0 || text.isEmpty()) {
                return text;
            }
            String names = Stream.of(tones).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("+"));
            return "«" + names + ":" + text + "»";
        }

        @Override
        public boolean enabled() {
            return true;
        }
    };

    static Map<String, java.util.OptionalInt> noFoldOverrides() {
        return Map.of();
    }
}
