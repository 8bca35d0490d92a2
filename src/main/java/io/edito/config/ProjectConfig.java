package io.edito.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The project file {@code edito.yaml}: one brand (single-brand form) or several ({@code brands:}).
 *
 * @param file       the edito.yaml read, or null for a lone calendar file given without a project
 * @param root       the folder paths are resolved against (edito.yaml's folder, or the working folder)
 * @param publishing raw {@code publishing:} block (ledger, catch_up...), or null
 */
public record ProjectConfig(Path file, Path root, Map<String, BrandConfig> brands, SettingsBlock publishing) {

    public static final String FILE_NAME = "edito.yaml";

    /**
     * Where a calendar repository keeps the edito it runs in CI (written by {@code edito init}, committed): the one
     * place both the pipelines and {@code check --changed-since} (which reads its network facts at a revision)
     * know.
     */
    public static final Path KEPT_JAR = Path.of(".edito", "edito.jar");

    /** The network of {@code channel} of {@code brand}: the account's, else the id itself. */
    public String networkOf(String brand, String channel) {
        BrandConfig b = brand == null ? null : brands.get(brand);
        return b == null ? channel : b.networkOf(channel);
    }

    public Optional<BrandConfig> brand(String name) {
        return Optional.ofNullable(brands.get(name));
    }

    /**
     * The time zone the brands named in {@code only} (all when empty) share, or null when they have none or several:
     * the zone a time is shown or read in when no one brand is meant.
     */
    public java.time.ZoneId sharedZone(java.util.Collection<String> only) {
        java.util.Set<java.time.ZoneId> zones = new java.util.HashSet<>();
        brands.forEach((name, b) -> {
            if ((only.isEmpty() || only.contains(name)) && b.zone() != null) {
                zones.add(b.zone());
            }
        });
        return zones.size() == 1 ? zones.iterator().next() : null;
    }

    /** The only brand of a single-brand project, if there is exactly one. */
    public Optional<BrandConfig> onlyBrand() {
        return brands.size() == 1 ? Optional.of(brands.values().iterator().next()) : Optional.empty();
    }
}
