package io.edito.network;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The YAML form of one network (networks.yaml, and a charter's overrides of it): mutable so that
 * {@link NetworkRegistry} can merge an override into the defaults, then turned into an immutable {@link Network}.
 */
final class NetworkSpec {
    String name;
    TextSpec text;
    TextSpec title;
    TextSpec firstComment;
    TextSpec photoText;
    TextSpec photoTitle;
    TextSpec alt;
    Integer fold;
    Integer maxHashtags;
    Integer maxLinks;
    Integer maxImages;
    Integer maxMedia;
    AspectSpec imageAspect;
    WidthSpec imageWidth;
    Boolean linksClickable;
    Integer urlWeight;
    Boolean mediaRequired;
    Boolean replies;
    Boolean audiences;
    LinkCard linkCard;
    VideoSpec video;
    Integer imageMaxBytes;
    Integer gifMaxBytes;
    java.util.List<String> imageFormats;

    static final class VideoSpec {
        java.math.BigDecimal minSeconds;
        java.math.BigDecimal maxSeconds;
        Integer maxMb;
        Boolean alone;
        Boolean required;
        Boolean gifAlone;
    }

    static final class TextSpec {
        String label;
        String unit;
        Integer max;
        Integer maxBytes;
        String refuses;

        TextSpec copy() {
            TextSpec s = new TextSpec();
            s.label = label;
            s.unit = unit;
            s.max = max;
            s.maxBytes = maxBytes;
            s.refuses = refuses;
            return s;
        }

        static TextSpec from(TextLimit l) {
            if (l == null) {
                return null;
            }
            TextSpec s = new TextSpec();
            s.label = l.label();
            s.unit = l.unit().id();
            s.max = l.max().isPresent() ? l.max().getAsInt() : null;
            s.maxBytes = l.maxBytes().isPresent() ? l.maxBytes().getAsInt() : null;
            s.refuses = l.refuses();
            return s;
        }

        TextLimit toLimit(String where, String defaultLabel, CountingUnit defaultUnit) {
            CountingUnit u;
            if (unit == null) {
                if (defaultUnit == null) {
                    throw new IllegalArgumentException(where + ".unit is missing; known: " + String.join(", ", CountingUnit.ids()));
                }
                u = defaultUnit;
            } else {
                try {
                    u = CountingUnit.fromId(unit);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ".unit: " + e.getMessage(), e);
                }
            }
            nonNegative(where + ".max", max);
            nonNegative(where + ".max_bytes", maxBytes);
            return new TextLimit(label == null ? defaultLabel : label, u, opt(max), opt(maxBytes),
                    refuses == null ? "" : refuses);
        }
    }

    static final class AspectSpec {
        String min;
        String max;
    }

    static final class WidthSpec {
        Integer min;
        Integer max;
    }

    static NetworkSpec from(Network n) {
        NetworkSpec s = new NetworkSpec();
        s.name = n.name();
        s.text = TextSpec.from(n.texts().get(TextField.TEXT));
        s.title = TextSpec.from(n.texts().get(TextField.TITLE));
        s.firstComment = TextSpec.from(n.texts().get(TextField.FIRST_COMMENT));
        s.photoText = TextSpec.from(n.texts().get(TextField.PHOTO_TEXT));
        s.photoTitle = TextSpec.from(n.texts().get(TextField.PHOTO_TITLE));
        s.alt = TextSpec.from(n.texts().get(TextField.ALT));
        s.fold = box(n.fold());
        s.maxHashtags = box(n.maxHashtags());
        s.maxLinks = box(n.maxLinks());
        s.maxImages = box(n.maxImages());
        s.maxMedia = box(n.maxMedia());
        n.imageAspect().ifPresent(a -> {
            s.imageAspect = new AspectSpec();
            s.imageAspect.min = a.min().describe();
            s.imageAspect.max = a.max().describe();
        });
        n.imageWidth().ifPresent(w -> {
            s.imageWidth = new WidthSpec();
            s.imageWidth.min = w.min();
            s.imageWidth.max = w.max();
        });
        s.linksClickable = n.linksClickable();
        s.urlWeight = box(n.urlWeight());
        s.mediaRequired = n.mediaRequired();
        s.replies = n.replies();
        s.audiences = n.audiences();
        s.linkCard = n.linkCard();
        s.imageMaxBytes = box(n.imageMaxBytes());
        s.gifMaxBytes = box(n.gifMaxBytes());
        s.imageFormats = n.imageFormats().isEmpty() ? null : n.imageFormats();
        n.video().ifPresent(v -> {
            s.video = new VideoSpec();
            s.video.minSeconds = v.shortest().map(NetworkSpec::seconds).orElse(null);
            s.video.maxSeconds = v.longest().map(NetworkSpec::seconds).orElse(null);
            s.video.maxMb = v.maxBytes().isPresent() ? (int) (v.maxBytes().getAsLong() >> 20) : null;
            s.video.alone = v.alone();
            s.video.gifAlone = v.gifAlone();
            s.video.required = v.required();
        });
        return s;
    }

    /** Validates and builds; messages name the YAML path ({@code mastodon.text.max}). */
    Network toNetwork(String id) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(id + ".name is missing");
        }
        if (text == null) {
            throw new IllegalArgumentException(id + ".text is missing");
        }
        Map<TextField, TextLimit> texts = new EnumMap<>(TextField.class);
        TextLimit main = text.toLimit(id + ".text", "post", null);
        texts.put(TextField.TEXT, main);
        put(texts, TextField.TITLE, title, id, main.unit());
        put(texts, TextField.FIRST_COMMENT, firstComment, id, main.unit());
        put(texts, TextField.PHOTO_TEXT, photoText, id, main.unit());
        put(texts, TextField.PHOTO_TITLE, photoTitle, id, main.unit());
        put(texts, TextField.ALT, alt, id, main.unit());
        nonNegative(id + ".fold", fold);
        nonNegative(id + ".max_hashtags", maxHashtags);
        nonNegative(id + ".max_links", maxLinks);
        nonNegative(id + ".max_images", maxImages);
        nonNegative(id + ".max_media", maxMedia);
        nonNegative(id + ".url_weight", urlWeight);
        nonNegative(id + ".image_max_bytes", imageMaxBytes);
        nonNegative(id + ".gif_max_bytes", gifMaxBytes);
        Optional<AspectRange> aspect = Optional.empty();
        if (imageAspect != null) {
            if (imageAspect.min == null || imageAspect.max == null) {
                throw new IllegalArgumentException(id + ".image_aspect needs both min and max (like 4:5 and 1.91:1)");
            }
            try {
                aspect = Optional.of(new AspectRange(AspectRatio.parse(imageAspect.min), AspectRatio.parse(imageAspect.max)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ".image_aspect: " + e.getMessage(), e);
            }
        }
        Optional<IntRange> width = Optional.empty();
        if (imageWidth != null) {
            if (imageWidth.min == null || imageWidth.max == null) {
                throw new IllegalArgumentException(id + ".image_width needs both min and max (pixels)");
            }
            nonNegative(id + ".image_width.min", imageWidth.min);
            nonNegative(id + ".image_width.max", imageWidth.max);
            try {
                width = Optional.of(new IntRange(imageWidth.min, imageWidth.max));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ".image_width: " + e.getMessage(), e);
            }
        }
        Optional<VideoLimits> videoLimits = Optional.empty();
        if (video != null) {
            nonNegative(id + ".video.min_seconds", video.minSeconds);
            nonNegative(id + ".video.max_seconds", video.maxSeconds);
            nonNegative(id + ".video.max_mb", video.maxMb);
            if (video.minSeconds != null && video.maxSeconds != null && video.minSeconds.compareTo(video.maxSeconds) > 0) {
                throw new IllegalArgumentException(id + ".video: min_seconds " + video.minSeconds.toPlainString()
                        + " is more than max_seconds " + video.maxSeconds.toPlainString() + ": no video would fit");
            }
            videoLimits = Optional.of(new VideoLimits(duration(video.minSeconds), duration(video.maxSeconds),
                    video.maxMb == null ? java.util.OptionalLong.empty()
                            : java.util.OptionalLong.of((long) video.maxMb << 20),
                    video.alone != null && video.alone, video.required != null && video.required,
                    video.gifAlone != null && video.gifAlone));
        }
        return new Network(id, name, texts, opt(fold), opt(maxHashtags), opt(maxLinks), opt(maxImages), opt(maxMedia),
                aspect, width, linksClickable == null || linksClickable, opt(urlWeight),
                mediaRequired != null && mediaRequired, replies != null && replies, videoLimits,
                audiences != null && audiences, linkCard == null ? LinkCard.NONE : linkCard, opt(imageMaxBytes),
                opt(gifMaxBytes), imageFormats == null ? java.util.List.of() : imageFormats);
    }

    private static void put(Map<TextField, TextLimit> texts, TextField field, TextSpec spec, String id, CountingUnit unit) {
        if (spec != null) {
            texts.put(field, spec.toLimit(id + "." + field.id(), field.id().replace('_', ' '), unit));
        }
    }

    private static void nonNegative(String where, Integer v) {
        if (v != null && v < 0) {
            throw new IllegalArgumentException(where + " cannot be negative (got " + v + ")");
        }
    }

    private static void nonNegative(String where, java.math.BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw new IllegalArgumentException(where + " cannot be negative (got " + v.toPlainString() + ")");
        }
    }

    /** A length in seconds (decimals allowed) as a duration, to the nanosecond. */
    private static Optional<java.time.Duration> duration(java.math.BigDecimal seconds) {
        return seconds == null ? Optional.empty()
                : Optional.of(java.time.Duration.ofNanos(seconds.movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()));
    }

    private static java.math.BigDecimal seconds(java.time.Duration d) {
        return new java.math.BigDecimal(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
    }

    private static OptionalInt opt(Integer v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static Integer box(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }
}
