package io.edito.init;

import io.edito.config.ProjectConfig;
import io.edito.core.AtomicFiles;
import io.edito.core.EditoException;
import io.edito.core.LanguageTag;
import io.edito.network.Handles;
import io.edito.schema.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new calendar repository: edito.yaml, a charter with every rule commented, one example post, CI for GitHub
 * Actions and GitLab, a pre-commit hook and a .gitignore. Templates are resources beside this class.
 * Existing files are never overwritten.
 */
public final class Scaffold {
    /** A brand id: what edito.yaml, the ledger and --brand use. */
    private static final Pattern BRAND_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");

    /**
     * One file to write, relative to the project folder: {@code text}, or the bytes of the file {@code copyOf}.
     */
    public record File(Path path, String text, boolean executable, Path copyOf) {
        public File(Path path, String text, boolean executable) {
            this(path, text, executable, null);
        }
    }

    /** The channels the project file of init has (active or commented out): the networks --handle takes. */
    public static final List<String> CHANNELS = List.of("instagram", "x", "mastodon", "bluesky", "linkedin");

    /** What was written and what was left alone because it already existed. */
    public record Result(Path dir, List<Path> written, List<Path> skipped) {
    }

    /**
     * The settings of a new project.
     *
     * @param languages the brand's languages, the first being a post's default (validated as language codes)
     * @param handles   the handle of each channel of {@link #CHANNELS} given (validated per network); the others are
     *                  made from the brand id
     * @param jar       the edito jar the repository keeps (.edito/edito.jar, which the pipelines run), or null
     */
    public record Settings(String brand, ZoneId zone, LocalDate firstPost, String version, List<String> languages,
                           Map<String, String> handles, Path jar) {
        public Settings {
            if (!BRAND_ID.matcher(brand).matches()) {
                throw EditoException.input("--brand must be an id of lower-case letters, digits, '-' and '_' "
                        + "(such as atlas-air), not '" + brand + "'");
            }
            languages = List.copyOf(languages == null || languages.isEmpty() ? List.of("en") : languages);
            for (String l : languages) {
                if (!LanguageTag.isValid(l)) {
                    throw EditoException.input("--languages: '" + l + "' is not a language code such as fr, ar or en");
                }
            }
            if (new java.util.HashSet<>(languages).size() < languages.size()) {
                throw EditoException.input("--languages: " + String.join(",", languages) + " names a language twice");
            }
            handles = Map.copyOf(handles == null ? Map.of() : handles);
            for (Map.Entry<String, String> h : handles.entrySet()) {
                if (!CHANNELS.contains(h.getKey())) {
                    throw EditoException.input("--handle: init writes the channels " + String.join(", ", CHANNELS)
                            + ", not '" + h.getKey() + "'" + io.edito.network.NetworkNames.didYouMean(h.getKey(), CHANNELS)
                            + "; add other channels to edito.yaml afterwards");
                }
                Handles.problem(h.getKey(), h.getValue()).ifPresent(p -> {
                    throw EditoException.input("--handle " + h.getKey() + ": " + p);
                });
            }
        }

        public Settings(String brand, ZoneId zone, LocalDate firstPost, String version) {
            this(brand, zone, firstPost, version, List.of("en"), Map.of(), null);
        }

        /** The handle on {@code network}: the one given, else one made from the brand id. */
        String handle(String network) {
            return handles.getOrDefault(network, Handles.derive(network, brand));
        }
    }

    /** Where the repository keeps edito (the pipelines run it), relative to the project folder. */
    public static final Path KEPT_JAR = ProjectConfig.KEPT_JAR;

    /** The greeting of the example post per language (the English one for others); %s is the brand. */
    private static final Map<String, String> GREETINGS = Map.of(
            "en", "Hello from %s! This is the first post of our editorial calendar.\n"
                    + "Tell us what you would like to read here. #Hello",
            "fr", "Bonjour de la part de %s ! Voici le premier post de notre calendrier éditorial.\n"
                    + "Dites-nous ce que vous aimeriez lire ici. #Bonjour",
            "ar", "مرحبا من %s! هذا أول منشور في تقويمنا التحريري.\n"
                    + "أخبرونا بما تودون قراءته هنا. #مرحبا",
            "es", "¡Hola desde %s! Esta es la primera publicación de nuestro calendario editorial.\n"
                    + "Cuéntanos qué te gustaría leer aquí. #Hola",
            "de", "Hallo von %s! Das ist der erste Beitrag unseres Redaktionskalenders.\n"
                    + "Sagt uns, was ihr hier lesen möchtet. #Hallo");

    private static String greeting(String lang, String brand) {
        return GREETINGS.getOrDefault(lang.split("-")[0], GREETINGS.get("en")).formatted(brand);
    }

    private static String indented(String text, int spaces) {
        String pad = " ".repeat(spaces);
        return text.lines().map(l -> pad + l).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The example post's translations: one per extra language, or a commented example. */
    private static String translations(Settings s) {
        if (s.languages().size() == 1) {
            return "    # translations:                    # one per extra language of the brand\n"
                    + "    #   fr:\n"
                    + "    #     text: \"Bonjour de " + s.brand() + " ! #Bonjour\"";
        }
        StringBuilder out = new StringBuilder("    translations:                      # one per extra language of the brand");
        for (String lang : s.languages().subList(1, s.languages().size())) {
            out.append("\n      ").append(lang).append(":\n        text: |\n")
                    .append(indented(greeting(lang, s.brand()), 10));
        }
        return out.toString();
    }

    private Scaffold() {
    }

    /** A brand id made from a folder name: lower case, other characters as '-'; null when nothing is left. */
    public static String brandFrom(String folderName) {
        String id = java.text.Normalizer.normalize(folderName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        if (id.length() > 63) {
            id = id.substring(0, 63).replaceAll("[-_]+$", "");
        }
        return BRAND_ID.matcher(id).matches() ? id : null;
    }

    /** Where init puts the schemas, relative to the project folder (committed with it: editors read them). */
    public static final Path SCHEMA_DIR = Path.of(".edito", "schema");

    /** The modeline naming the schema of {@code kind} for a file {@code depth} folders below the project. */
    private static String schemaLine(Schemas.Kind kind, int depth) {
        return Schemas.modeline("../".repeat(depth) + SCHEMA_DIR.resolve(kind.fileName()).toString().replace('\\', '/'));
    }

    /** The files of a new project, in the order they are written. */
    public static List<File> files(Settings s) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "brand", s.brand(),
                "timezone", s.zone().getId(),
                "date", s.firstPost().toString(),
                "month", s.firstPost().toString().substring(0, 7),
                "version", s.version(),
                "languages", "[" + String.join(", ", s.languages()) + "]",
                "text", indented(greeting(s.languages().get(0), s.brand()), 6),
                "translations", translations(s)));
        for (String network : CHANNELS) {
            values.put(network, s.handle(network));
        }
        values.put("mastodonserver", s.handle("mastodon").substring(s.handle("mastodon").lastIndexOf('@') + 1));
        List<File> out = new ArrayList<>();
        out.add(new File(Path.of("edito.yaml"), schemaLine(Schemas.Kind.config, 0) + fill("edito.yaml", values), false));
        out.add(new File(Path.of("charter.yaml"), schemaLine(Schemas.Kind.charter, 0) + fill("charter.yaml", values),
                false));
        out.add(new File(Path.of("calendar", values.get("month") + ".yaml"),
                schemaLine(Schemas.Kind.calendar, 1) + fill("example-post.yaml", values), false));
        for (Schemas.Kind k : Schemas.Kind.values()) {
            out.add(new File(SCHEMA_DIR.resolve(k.fileName()), Schemas.text(k), false));
        }
        out.add(new File(Path.of(".github", "workflows", "edito.yml"), fill("github-workflow.yml", values), false));
        out.add(new File(Path.of(".gitlab-ci.yml"), fill("gitlab-ci.yml", values), false));
        out.add(new File(Path.of(".githooks", "pre-commit"), fill("pre-commit", values), true));
        out.add(new File(Path.of(".edito", "ci", "keep-state.sh"), fill("keep-state.sh", values), true));
        if (s.jar() != null) {
            out.add(new File(KEPT_JAR, null, false, s.jar()));
        }
        out.add(new File(Path.of(".gitignore"), fill("gitignore", values), false));
        return List.copyOf(out);
    }

    /**
     * Writes {@code files} under {@code dir}, each atomically, skipping every file that already exists (or is a
     * dangling link: never written through).
     */
    public static Result write(Path dir, List<File> files) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw EditoException.input(dir + " exists and is not a folder");
        }
        List<Path> written = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> madeFolders = new ArrayList<>(); // the folders this run made, outermost first
        try {
            for (File f : files) {
                Path target = dir.resolve(f.path());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    skipped.add(f.path());
                    continue;
                }
                List<Path> missing = new ArrayList<>();
                for (Path p = target.getParent(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                    missing.add(0, p);
                }
                madeFolders.addAll(missing);
                if (f.copyOf() != null) {
                    try {
                        AtomicFiles.write(target, Files.readAllBytes(f.copyOf()));
                    } catch (IOException e) {
                        throw EditoException.runtime("cannot read " + f.copyOf() + ": " + e.getMessage(), e);
                    }
                } else {
                    AtomicFiles.writeString(target, f.text());
                }
                written.add(f.path());
                if (f.executable()) {
                    makeExecutable(target);
                }
            }
        } catch (EditoException e) {
            // half a project is worse than none: what this run wrote is taken back, and the message says so
            throw new EditoException(e.exitCode(), e.getMessage() + undo(dir, written, madeFolders), e);
        }
        return new Result(dir, List.copyOf(written), List.copyOf(skipped));
    }

    /** Removes the files and the (empty) folders this run made; what to add to the failure's message. */
    private static String undo(Path dir, List<Path> written, List<Path> madeFolders) {
        List<Path> left = new ArrayList<>();
        for (int i = written.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(dir.resolve(written.get(i)));
            } catch (IOException e) {
                left.add(written.get(i));
            }
        }
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(madeFolders.get(i)); // empty by now, else left
            } catch (IOException e) {
                // not empty (a file left above, or one another program put there): kept
            }
        }
        if (written.isEmpty()) {
            return "; nothing was written";
        }
        return left.isEmpty() ? "; the " + written.size() + " file(s) it had written were removed"
                : "; could not remove " + left.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    private static void makeExecutable(Path file) {
        try {
            Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            p.add(PosixFilePermission.OWNER_EXECUTE);
            if (p.contains(PosixFilePermission.GROUP_READ)) {
                p.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (p.contains(PosixFilePermission.OTHERS_READ)) {
                p.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(file, p);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): git for Windows runs hooks without the bit
        } catch (IOException e) {
            throw EditoException.runtime("cannot make " + file + " executable: " + e.getMessage(), e);
        }
    }

    /** The template {@code name} with its {{placeholders}} filled; an unknown placeholder is a bug. */
    static String fill(String name, Map<String, String> values) {
        String template = resource(name);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("template " + name + ": unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EditoException.runtime("cannot read template " + name, e);
        }
    }
}
