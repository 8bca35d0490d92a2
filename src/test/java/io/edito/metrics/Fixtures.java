package io.edito.metrics;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures under src/test/resources/metrics and a sink that keeps what it receives. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/metrics/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    public static final class Collect implements MetricsSink {
        public final List<PostMetrics> posts = new ArrayList<>();
        public final List<SeriesPoint> series = new ArrayList<>();
        public final List<InboxItem> inbox = new ArrayList<>();

        @Override
        public void post(PostMetrics post) {
            posts.add(post);
        }

        @Override
        public void series(SeriesPoint point) {
            series.add(point);
        }

        @Override
        public void inbox(InboxItem item) {
            inbox.add(item);
        }

        public double sum(Metric m) {
            return posts.stream().filter(p -> p.values().has(m)).mapToDouble(p -> p.get(m)).sum();
        }

        public double sum(SeriesMetric m) {
            return series.stream().filter(p -> p.metric() == m).mapToDouble(SeriesPoint::value).sum();
        }
    }
}
