package io.edito.check;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import io.edito.config.BrandConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.RepoPaths;
import io.edito.network.Networks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The posts {@code check --changed-since REV} checks: those a change since REV can give other findings.
 * <ul>
 *   <li>edito.yaml changed: every post (zones, languages, channels, handles...);</li>
 *   <li>a brand's charter (or the {@code --charter} file) changed: every post of that brand (every post);</li>
 *   <li>edito's own network facts differ from those REV was checked with: every post. The edito that checked REV is
 *       known only when the repository keeps it ({@link ProjectConfig#KEPT_JAR}, as {@code edito init} sets up): its
 *       network facts are read from REV's tree and compared with the running edito's. Without a kept jar at REV,
 *       edito cannot know which edito checked REV and assumes the same facts (docs/check-output.md);</li>
 *   <li>otherwise: the posts of the calendar files that changed, and the posts that use a media file that changed
 *       (added, modified or deleted).</li>
 * </ul>
 *
 * @param reasons why every post of some brands (or all) is checked; empty when only changed files decide
 * @param selects the posts to check
 */
public record ChangeScope(List<String> reasons, Predicate<Post> selects) {

    /** The network facts inside a jar of edito. */
    static final String FACTS_ENTRY = "io/edito/network/networks.yaml";

    /**
     * @param charter the {@code --charter} file that replaces every brand's, or null
     */
    public static ChangeScope since(String rev, Calendar calendar, Path charter) {
        ProjectConfig config = calendar.config();
        Path root = config.root().toAbsolutePath().normalize();
        Set<Path> changed = ChangedFiles.since(rev, root);
        List<String> reasons = new ArrayList<>();
        boolean all = false;
        if (config.file() != null && changed.contains(abs(config.file()))) {
            reasons.add(config.file() + " changed since " + rev);
            all = true;
        }
        if (charter != null && changed.contains(abs(charter))) {
            reasons.add(charter + " changed since " + rev);
            all = true;
        }
        String facts = factsChange(rev, root);
        if (facts != null) {
            reasons.add(facts);
            all = true;
        }
        Set<String> brands = new HashSet<>();
        if (charter == null) {
            for (BrandConfig b : config.brands().values()) {
                if (b.charter() != null && changed.contains(abs(b.charter()))) {
                    reasons.add(b.charter() + " changed since " + rev + (config.brands().size() > 1
                            ? " (every post of brand '" + b.name() + "')" : ""));
                    brands.add(b.name());
                }
            }
        }
        if (all) {
            return new ChangeScope(List.copyOf(reasons), p -> true);
        }
        RepoPaths paths = new RepoPaths(root);
        Predicate<Post> selects = p -> (p.brand() != null && brands.contains(p.brand()))
                || changed.contains(abs(p.file()))
                || p.mediaFiles().stream().map(paths::resolve).anyMatch(r -> r.ok() && changed.contains(abs(r.path())));
        return new ChangeScope(List.copyOf(reasons), selects);
    }

    /**
     * Why the running edito's network facts are not those REV was checked with, or null when they are (or when that
     * cannot be known: REV's tree keeps no edito).
     */
    static String factsChange(String rev, Path root) {
        byte[] jar = ChangedFiles.at(rev, root, ProjectConfig.KEPT_JAR);
        if (jar == null) {
            return null;
        }
        byte[] then = entry(jar, FACTS_ENTRY);
        if (then != null && Arrays.equals(then, Networks.factsBytes())) {
            return null;
        }
        return "edito's network facts are not those of the edito kept at " + rev + " (" + ProjectConfig.KEPT_JAR + ")";
    }

    private static byte[] entry(byte[] jar, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            return null; // not a jar: its facts are unknown, so they count as different
        }
    }

    private static Path abs(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
