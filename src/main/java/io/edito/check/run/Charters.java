package io.edito.check.run;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import io.edito.charter.Charter;
import io.edito.charter.CharterLoader;
import io.edito.check.RuleCatalog;
import io.edito.config.BrandConfig;
import io.edito.core.Problems;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one way charters are loaded (check, validate, preview, publish): each brand's charter, or the one given with
 * {@code --charter}, every problem added to {@code problems}; a charter shared by brands is read once.
 */
public final class Charters {
    private Charters() {
    }

    /** @param rules the rules a charter may name (its {@code rules:} keys are checked against them) */
    public static Map<String, Charter> load(Calendar cal, Path override, RuleCatalog rules, Problems problems) {
        Set<String> channels = new TreeSet<>(Networks.defaults().ids()); // a network's accounts, or one account
        cal.config().brands().values().forEach(b -> channels.addAll(b.channels().keySet()));
        CharterLoader loader = new CharterLoader(new YamlReader(), rules.ids(), channels, names(cal));
        Map<String, Charter> out = new HashMap<>();
        Map<Path, Charter> cache = new HashMap<>();
        if (override != null) {
            Charter c = loader.load(override, problems);
            out.put(null, c);
            for (String brand : cal.config().brands().keySet()) {
                out.put(brand, c);
            }
            return out;
        }
        for (BrandConfig b : cal.config().brands().values()) {
            if (b.charter() != null) {
                out.put(b.name(), cache.computeIfAbsent(b.charter(), p -> loader.load(p, problems)));
            }
        }
        return out;
    }

    /** The brands, languages and campaigns of the project, for the names a charter's scopes give. */
    private static CharterLoader.ProjectNames names(Calendar cal) {
        Set<String> languages = new TreeSet<>();
        Set<String> campaigns = new TreeSet<>();
        cal.config().brands().values().forEach(b -> languages.addAll(b.languages()));
        for (Post p : cal.posts()) {
            p.languages().stream().filter(java.util.Objects::nonNull).forEach(languages::add);
            if (p.campaign() != null) {
                campaigns.add(p.campaign());
            }
        }
        // a command given one month's file knows that month's campaigns only: the others are not told unknown
        return new CharterLoader.ProjectNames(cal.config().brands().keySet(), languages,
                wholeCalendar(cal) ? campaigns : java.util.List.of());
    }

    /** Whether {@code cal} holds every calendar file of its brands (not one file or folder of them named alone). */
    private static boolean wholeCalendar(Calendar cal) {
        Set<Path> loaded = new java.util.HashSet<>();
        cal.files().forEach(f -> loaded.add(f.toAbsolutePath().normalize()));
        for (BrandConfig b : cal.config().brands().values()) {
            for (Path c : b.calendar()) {
                try {
                    for (Path f : io.edito.calendar.CalendarFiles.expand(c, new Problems())) {
                        if (!loaded.contains(f.toAbsolutePath().normalize())) {
                            return false;
                        }
                    }
                } catch (RuntimeException e) {
                    return false; // a folder that cannot be read was reported where the calendar was read
                }
            }
        }
        return true;
    }
}
