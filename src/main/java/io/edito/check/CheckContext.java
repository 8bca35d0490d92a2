package io.edito.check;

import io.edito.calendar.Calendar;
import io.edito.charter.Charter;
import io.edito.config.BrandConfig;
import io.edito.network.NetworkRegistry;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What rules may consult besides the post: the charter of the post's brand, the network facts after the
 * charter's overrides, the project root (media paths), the brand and the current time.
 */
public record CheckContext(Calendar calendar, Charter charter, NetworkRegistry networks, BrandConfig brand,
                           Path root, Instant now) {
}
