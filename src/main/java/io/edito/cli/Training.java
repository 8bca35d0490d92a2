package io.edito.cli;

import io.edito.publish.api.PublishContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload that the launcher (bin/edito) runs once per build and JVM to make its class-data-sharing archive:
 * the everyday commands (check in every format, validate, agenda, preview, due, publish --dry-run, report) on the
 * example project that the build copies into the jar ({@code io/edito/training/atlas-air}, from examples/), so that
 * the archive holds the classes of every command whatever the user runs first. Prints nothing; writes only into a
 * temporary folder that it removes. Not a subcommand: run as {@code java -cp edito.jar io.edito.cli.Training}.
 */
public final class Training {
    static final String PROJECT = "/io/edito/training/atlas-air/edito.yaml";
    private static final String NOW = "2026-12-10T09:00:00Z";

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("edito-training");
        int failures;
        try {
            failures = run(extract(dir.resolve("atlas-air")), dir);
        } finally {
            delete(dir); // before System.exit, which runs no finally block: the folder was left behind at each build
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs every command of the workload on {@code project}; returns how many ended with an unexpected exit code. */
    static int run(Path project, Path scratch) throws IOException {
        String p = project.toString();
        String config = "--config=" + project.resolve("edito.yaml");
        List<String> metrics = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("metrics"))) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> metrics.add(f.toString()));
        }
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--version"});
        commands.add(new String[] {"--help"});
        commands.add(new String[] {"check", "--help"});
        commands.add(new String[] {"validate", p});
        for (String format : new String[] {"text", "json", "sarif", "github", "junit", "checkstyle"}) {
            commands.add(new String[] {"check", p, "--at", NOW, "--format", format, "--color", "always"});
        }
        commands.add(new String[] {"agenda", p, "--width", "100"});
        commands.add(new String[] {"agenda", p, "--format", "json"});
        commands.add(new String[] {"preview", p, "--width", "100", "--color", "always"});
        commands.add(new String[] {"preview", p, "--html", scratch.resolve("preview.html").toString()});
        commands.add(new String[] {"due", p, "--at", NOW});
        commands.add(new String[] {"publish", p, "--at", NOW, "--dry-run"});
        List<String> report = new ArrayList<>(List.of("report", config, "--by", "network", "--best-time"));
        report.addAll(metrics);
        commands.add(report.toArray(String[]::new));
        List<String> json = new ArrayList<>(List.of("report", config, "--format", "json", "--by", "week"));
        json.addAll(metrics);
        commands.add(json.toArray(String[]::new));
        int failures = 0;
        // a real publish makes the HTTP client (and its SSL context) that the dry run and check no longer make
        PublishContext.defaultHttpClient();
        for (String[] command : commands) {
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            int code = Main.run(none, none, command);
            if (code > 1) {
                failures++;
            }
        }
        return failures;
    }

    /** Copies the example project out of the jar (or the classes folder) into {@code target}; returns it. */
    static Path extract(Path target) throws IOException {
        URI uri;
        try {
            uri = Training.class.getResource(PROJECT).toURI();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("training project missing from the build: " + PROJECT, e);
        }
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copy(jar.provider().getPath(uri).getParent(), target);
            }
        } else {
            copy(Path.of(uri).getParent(), target);
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
