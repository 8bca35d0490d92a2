package io.edito.preview;

import io.edito.check.Finding;
import io.edito.core.EnglishDates;
import io.edito.core.LanguageTag;
import io.edito.core.Severity;
import io.edito.preview.Html.Element;
import io.edito.text.Entity;
import io.edito.text.Graphemes;
import io.edito.text.Measurement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One self-contained HTML page: a week grid of the calendar (each post linked, with a badge counting its findings),
 * then each post with a mock-up per network and language close to the network's own look (X, Instagram with its
 * crop, Facebook, LinkedIn, Threads, Bluesky, Mastodon with its content warning, TikTok's caption over the video),
 * the fold shown as the network shows it (a "… more" that opens), the findings, and the CommonMark source.
 *
 * <p>Safety: the page is built with {@link Html} (every text escaped, no script, no event handler, unsafe URLs
 * dropped) and carries a Content-Security-Policy that forbids script anyway; the CommonMark source goes through
 * {@link SafeMarkdown}.
 */
public final class HtmlPreview {
    private static final String CSS = loadCss();
    private static final EnglishDates CARD_TIME = EnglishDates.ofPattern("EEE d MMM yyyy · HH:mm");
    private static final EnglishDates CELL_TIME = EnglishDates.ofPattern("HH:mm");
    private static final EnglishDates DAY = EnglishDates.ofPattern("EEE d MMM");

    private final MediaSources media;
    private final Map<String, String> anchors = new LinkedHashMap<>();

    private HtmlPreview(Path page) {
        this.media = new MediaSources(page);
    }

    /**
     * The page for {@code cards}, to be written at {@code page} (images that are not embedded are linked relative
     * to it).
     *
     * @param refreshSeconds with {@code --watch}: the page reloads itself every so many seconds (0: never)
     */
    public static String render(String title, List<PreviewCard> cards, Path page, int refreshSeconds) {
        return new HtmlPreview(page).page(title, cards, refreshSeconds);
    }

    /** A page that says why the preview could not be made (used by {@code --watch} while the calendar is broken). */
    public static String errorPage(String title, List<String> problems, int refreshSeconds) {
        Element body = Html.el("body").cls("error-page");
        body.child("h1").text(title);
        body.child("p").cls("error-lead").text("The calendar has errors; the preview will come back when they are fixed.");
        Element ul = body.child("ul").cls("problems");
        for (String p : problems) {
            ul.child("li").child("code").text(p);
        }
        return Html.document("en", title + " (errors)", CSS, refreshSeconds, body);
    }

    private String page(String title, List<PreviewCard> cards, int refreshSeconds) {
        Map<String, List<PreviewCard>> byPost = new LinkedHashMap<>();
        for (PreviewCard c : cards) {
            byPost.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(c);
        }
        int n = 0;
        for (String id : byPost.keySet()) {
            anchors.put(id, "post-" + (++n));
        }
        Element body = Html.el("body");
        Element header = body.child("header").cls("page-head");
        header.child("h1").text(title);
        header.child("p").cls("summary").text(byPost.size() + (byPost.size() == 1 ? " post, " : " posts, ")
                + cards.size() + (cards.size() == 1 ? " preview" : " previews")
                + ". Mock-ups approximate each network's look; lengths and folds use edito's network facts.");
        if (cards.isEmpty()) {
            body.child("p").cls("empty").text("No posts match.");
            return Html.document("en", title, CSS, refreshSeconds, body);
        }
        body.add(weekGrid(byPost));
        for (PreviewBlocks.Block block : PreviewBlocks.of(cards)) {
            if (block.sideBySide()) {
                body.add(translationGroup(block));
            } else {
                PreviewBlocks.PostCards only = block.posts().get(0);
                body.add(post(only.postId(), only.cards()));
            }
        }
        return Html.document("en", title, CSS, refreshSeconds, body);
    }

    // ---- week grid ----

    private Element weekGrid(Map<String, List<PreviewCard>> byPost) {
        Element nav = Html.el("nav").cls("calendar").attr("aria-label", "Calendar");
        nav.child("h2").text("Calendar");
        // a post is on the day of each of its times: a channel a variant moves (facebook at 00:00 the next day) is
        // on its own day, with the channels at that time, as its card and the agenda have it
        TreeMap<LocalDate, List<GridEntry>> byDay = new TreeMap<>();
        List<GridEntry> undated = new ArrayList<>();
        for (Map.Entry<String, List<PreviewCard>> e : byPost.entrySet()) {
            Map<java.time.Instant, List<PreviewCard>> byTime = new LinkedHashMap<>(); // one moment, one entry
            for (PreviewCard c : e.getValue()) {
                byTime.computeIfAbsent(c.localTime() == null ? null : c.localTime().toInstant(), t -> new ArrayList<>()).add(c);
            }
            byTime.forEach((instant, cards) -> {
                GridEntry entry = new GridEntry(e.getKey(), cards, earliest(cards));
                if (entry.at() == null) {
                    undated.add(entry);
                } else {
                    byDay.computeIfAbsent(entry.at().toLocalDate(), d -> new ArrayList<>()).add(entry);
                }
            });
        }
        byDay.values().forEach(entries -> entries.sort(java.util.Comparator.comparing(g -> g.at().toLocalTime())));
        if (!byDay.isEmpty()) {
            Element table = nav.child("div").cls("weeks-scroll").child("table").cls("weeks"); // scrolls on a phone
            Element head = table.child("thead").child("tr");
            head.child("th").text("Week");
            for (DayOfWeek d : DayOfWeek.values()) {
                head.child("th").text(d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
            }
            Element tbody = table.child("tbody");
            LocalDate monday = byDay.firstKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = byDay.lastKey();
            LocalDate gapFrom = null; // the first of the weeks without a post just passed
            while (!monday.isAfter(last)) {
                LocalDate weekEnd = monday.plusDays(7);
                if (byDay.subMap(monday, weekEnd).isEmpty()) {
                    gapFrom = gapFrom == null ? monday : gapFrom;
                } else {
                    if (gapFrom != null) { // said, not skipped in silence: a calendar's hole is news to its reader
                        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(gapFrom, monday);
                        Element gap = tbody.child("tr").cls("gap");
                        gap.child("th").attr("scope", "row").text(weekName(gapFrom)
                                + (weeks > 1 ? " to " + weekName(monday.minusWeeks(1)) : ""));
                        gap.child("td").attr("colspan", "7").text("no post " + (weeks > 1 ? "for " + weeks + " weeks"
                                : "this week"));
                        gapFrom = null;
                    }
                    Element tr = tbody.child("tr");
                    tr.child("th").attr("scope", "row").text(weekName(monday));
                    for (int i = 0; i < 7; i++) {
                        LocalDate day = monday.plusDays(i);
                        Element td = tr.child("td");
                        td.child("div").cls("day").text(DAY.format(day));
                        for (GridEntry g : byDay.getOrDefault(day, List.of())) {
                            td.add(gridEntry(g));
                        }
                    }
                }
                monday = weekEnd;
            }
        }
        if (!undated.isEmpty()) {
            Element p = nav.child("div").cls("undated");
            p.child("span").text("Not scheduled yet: ");
            for (GridEntry g : undated) {
                p.add(gridEntry(g));
            }
        }
        return nav;
    }

    /** The ISO week of {@code monday}: {@code W50 2026}. */
    private static String weekName(LocalDate monday) {
        return "W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    /** A post in the week grid at one of its times: the cards (channels) at that time, shown at {@code at}. */
    private record GridEntry(String id, List<PreviewCard> cards, ZonedDateTime at) {
    }

    private Element gridEntry(GridEntry g) {
        List<PreviewCard> cards = g.cards();
        Element a = Html.el("a").cls("entry", "status-" + cards.get(0).status().id()).attr("href", "#" + anchors.get(g.id()));
        if (g.at() != null) {
            a.child("span").cls("time").text(CELL_TIME.formatTwiceTold(g.at()));
        }
        a.child("bdi").cls("id").text(g.id());
        Set<String> channels = new LinkedHashSet<>();
        for (PreviewCard c : cards) {
            channels.add(c.channel());
        }
        Element nets = a.child("span").cls("nets");
        for (String ch : channels) {
            nets.child("span").cls("chip", "chip-" + cssId(ch)).attr("title", ch).text(shortName(ch));
        }
        List<Finding> findings = distinctFindings(cards);
        a.add(badge(findings));
        return a;
    }

    private static Element badge(List<Finding> findings) {
        Element b = Html.el("span").cls("badge", badgeClass(findings));
        b.attr("title", findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        b.text(Integer.toString(findings.size()));
        return b;
    }

    private static String badgeClass(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return "badge-error";
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return "badge-warning";
        }
        return findings.isEmpty() ? "badge-ok" : "badge-info";
    }

    /** The earliest time of {@code cards} in the brand's zone (or --tz), not an account's: the grid's and headings'. */
    private static ZonedDateTime earliest(List<PreviewCard> cards) {
        ZonedDateTime best = null;
        for (PreviewCard c : cards) {
            if (c.localTime() != null && (best == null || c.localTime().isBefore(best))) {
                best = c.localTime();
            }
        }
        return best;
    }

    private static List<Finding> distinctFindings(List<PreviewCard> cards) {
        Set<Finding> all = new LinkedHashSet<>();
        for (PreviewCard c : cards) {
            all.addAll(c.findings());
        }
        return List.copyOf(all);
    }

    // ---- one post ----

    private Element post(String id, List<PreviewCard> cards) {
        PreviewCard first = cards.get(0);
        Element section = Html.el("section").cls("post").attr("id", anchors.get(id));
        Element h = section.child("h2");
        h.child("bdi").text(id);
        h.text(" ");
        h.add(badge(distinctFindings(cards)));
        Element meta = section.child("p").cls("post-meta");
        ZonedDateTime t = earliest(cards);
        meta.child("span").cls("status", "status-" + first.status().id()).text(first.status().id());
        meta.text(t == null ? " · not scheduled yet" : " · " + CARD_TIME.formatTwiceTold(t) + " " + t.getZone().getId());
        if (first.pos() != null && first.pos().file() != null) {
            meta.text(" · ");
            meta.child("code").text(first.pos().describe());
        }
        List<Finding> findings = distinctFindings(cards);
        if (!findings.isEmpty()) {
            section.add(findingList(findings));
        }
        Element grid = section.child("div").cls("mockups");
        for (PreviewCard c : cards) {
            grid.add(mockup(c));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (PreviewCard c : cards) {
            sources.putIfAbsent(c.lang(), c.source());
        }
        Element details = section.child("details").cls("source");
        details.child("summary").text("CommonMark source");
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Element div = details.child("div").cls("source-lang").attr("lang", htmlLang(e.getKey())).attr("dir", "auto");
            div.child("h3").text(e.getKey());
            div.add(SafeMarkdown.render(e.getValue()));
        }
        return section;
    }

    /** The posts of a translation group side by side, one column per post, the original first. */
    private Element translationGroup(PreviewBlocks.Block block) {
        List<String> ids = block.posts().stream().map(PreviewBlocks.PostCards::postId).toList();
        Element group = Html.el("section").cls("translation-group")
                .attr("aria-label", "Translation group: " + String.join(", ", ids));
        Element head = group.child("p").cls("group-head");
        head.text("Translation group, side by side:");
        for (PreviewBlocks.PostCards member : block.posts()) {
            head.text(" ");
            Element a = head.child("a").attr("href", "#" + anchors.get(member.postId()));
            a.child("bdi").text(member.postId());
            a.text(" (" + String.join(", ", languages(member.cards())) + ")");
        }
        Element columns = group.child("div").cls("group-columns", "n" + Math.min(block.posts().size(), 4));
        for (PreviewBlocks.PostCards member : block.posts()) {
            columns.add(post(member.postId(), member.cards()));
        }
        return group;
    }

    /**
     * The {@code lang} attribute of a card's language: a bilingual account's {@code fr+ar} is not a language tag, and
     * its caption starts in the first language (each part's own direction is set by {@code dir}).
     */
    static String htmlLang(String lang) {
        return lang == null ? null : LanguageTag.parts(lang).get(0);
    }

    private static List<String> languages(List<PreviewCard> cards) {
        Set<String> langs = new LinkedHashSet<>();
        for (PreviewCard c : cards) {
            langs.add(c.lang());
        }
        return List.copyOf(langs);
    }

    private static Element findingList(List<Finding> findings) {
        Element ul = Html.el("ul").cls("findings");
        for (Finding f : findings) {
            Element li = ul.child("li").cls("finding", "sev-" + f.severity().id());
            li.child("span").cls("sev").text(f.severity().id());
            li.text(" ");
            li.child("code").cls("rule").text(f.rule());
            li.text(" ");
            li.child("span").cls("msg").attr("dir", "auto").text(f.message());
            if (f.channel() != null || f.lang() != null) {
                li.child("span").cls("scope").text(" (" + String.join(", ",
                        java.util.stream.Stream.of(f.channel(), f.lang()).filter(java.util.Objects::nonNull).toList()) + ")");
            }
            if (f.start() != null && f.start().file() != null) {
                li.text(" ");
                li.child("code").cls("where").text(f.start().describe());
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                li.child("div").cls("suggestion").attr("dir", "auto").text("→ " + f.suggestion());
            }
        }
        return ul;
    }

    // ---- mock-ups ----

    /** The card's direction: its language's ({@code ar}: right to left), else its text's when it has no language. */
    private static Direction cardDirection(PreviewCard c) {
        List<String> langs = c.lang() == null ? List.of() : LanguageTag.parts(c.lang());
        return langs.isEmpty() ? c.text().direction() : Direction.ofLanguage(langs.get(0));
    }

    private Element mockup(PreviewCard c) {
        NetworkLook look = NetworkLook.of(c.channel());
        Element art = Html.el("article").cls("mock", "net-" + cssId(c.channel()), c.text().over() ? "over" : null)
                // the card as a reader of its language sees it; its text blocks take their own direction (dir=auto)
                .attr("lang", htmlLang(c.lang())).attr("dir", cardDirection(c).html())
                .attr("aria-label", c.network().name() + " preview of " + c.postId() + " in "
                        + (c.lang() == null ? "no language" : String.join(" and ", LanguageTag.parts(c.lang()))));
        art.child("div").cls("mock-label").attr("dir", "ltr").text(c.network().name()
                + (c.lang() == null ? "" : " · " + c.lang()));
        Element frame = art.child("div").cls("frame");
        if (c.channel().equals("tiktok")) {
            tiktok(frame, c, look);
        } else if (look.caption()) {
            frame.add(head(c));
            mediaBlock(frame, c);
            frame.child("div").cls("actions").attr("aria-hidden", "true").text("♡  💬  ➤");
            Element caption = frame.child("div").cls("caption");
            caption.child("bdi").cls("handle").text(c.handle() == null ? c.accountName() : c.handle());
            caption.text(" ");
            textBlock(caption, c.text(), c, look);
            firstComment(frame, c);
        } else {
            frame.add(head(c));
            if (c.titleShown()) {
                frame.child("div").cls("title").attr("dir", "auto").text(c.title());
            }
            if (!c.thread().isEmpty()) { // the first of a thread's posts, numbered as the others
                frame.child("div").cls("thread-number").text("1/" + c.threadLength());
            }
            if (c.contentWarning() != null && !c.contentWarning().isBlank()) {
                Element cw = frame.child("details").cls("cw");
                cw.child("summary").child("span").attr("dir", "auto").text(c.contentWarning());
                Element inner = cw.child("div");
                textBlock(inner, c.text(), c, look);
                mediaBlock(inner, c);
            } else {
                textBlock(frame, c.text(), c, look);
                mediaBlock(frame, c);
            }
            if (c.linkCardShown()) {
                Element l = frame.child("div").cls("link-card");
                if (c.linkCardTitle() != null) {
                    l.child("div").cls("title").attr("dir", "auto").text(c.linkCardTitle());
                }
                String href = c.network().linksClickable() ? Html.safeUrl(c.link()) : null;
                (href != null ? l.child("a").attr("href", href).attr("rel", "nofollow noopener noreferrer")
                        : l.child("span")).text(c.link());
            }
            frame.child("div").cls("actions").attr("aria-hidden", "true").text(actions(c.channel()));
            for (int i = 0; i < c.thread().size(); i++) {
                Element item = frame.child("div").cls("thread-item");
                item.add(head(c));
                item.child("div").cls("thread-number").text((i + 2) + "/" + c.threadLength());
                textBlock(item, c.thread().get(i), c, look);
                item.add(lengthLine(c.thread().get(i)));
            }
            firstComment(frame, c);
        }
        Element foot = art.child("div").cls("mock-foot").attr("dir", "ltr");
        foot.add(lengthLine(c.text()));
        if (c.text().folded()) {
            foot.child("div").cls("fold-note").text("“" + look.more() + "” after "
                    + Graphemes.count(c.text().visible()) + " characters");
        }
        if (look.linksAsText() != null && c.text().entities().stream().anyMatch(e -> e.kind() == Entity.Kind.URL)) {
            foot.child("div").cls("warn").text(look.linksAsText());
        }
        for (MediaLine m : c.media()) {
            if (m.note() != null) {
                foot.child("div").cls("warn").text(m.file() + ": " + m.note());
            }
        }
        if (!c.findings().isEmpty()) {
            foot.add(findingList(c.findings()));
        }
        return art;
    }

    private static String actions(String channel) {
        return switch (channel) {
            case "x" -> "💬  🔁  ♡  📊";
            case "facebook" -> "👍 Like   💬 Comment   ↗ Share";
            case "linkedin" -> "👍 Like   💬 Comment   🔁 Repost   ➤ Send";
            case "mastodon" -> "↩  🔁  ★  🔖";
            case "bluesky" -> "💬  🔁  ♡  ⋯";
            case "threads" -> "♡  💬  🔁  ➤";
            default -> "♡  💬  ↗";
        };
    }

    private Element head(PreviewCard c) {
        Element head = Html.el("div").cls("head");
        String name = c.accountName();
        int cp = name.isEmpty() ? '?' : name.codePointAt(0);
        head.child("div").cls("avatar").attr("aria-hidden", "true").text(new String(Character.toChars(cp)));
        Element who = head.child("div").cls("who");
        who.child("bdi").cls("name").text(name);
        if (c.handle() != null) {
            who.text(" ");
            who.child("bdi").cls("handle").text(c.handle());
        }
        who.text(" ");
        who.child("span").cls("when").text(c.time() == null ? "draft" : CARD_TIME.formatTwiceTold(c.time()));
        return head;
    }

    private void tiktok(Element frame, PreviewCard c, NetworkLook look) {
        Element phone = frame.child("div").cls("phone");
        Element screen = phone.child("div").cls("screen");
        if (!c.media().isEmpty()) {
            media(screen, c.media().get(0), true);
        }
        Element overlay = screen.child("div").cls("overlay");
        overlay.child("bdi").cls("handle").text(c.handle() == null ? c.accountName() : c.handle());
        Element cap = overlay.child("div").cls("caption");
        textBlock(cap, c.text(), c, look);
        screen.child("div").cls("side").attr("aria-hidden", "true").text("♡ 💬 ↗");
    }

    private void firstComment(Element frame, PreviewCard c) {
        if (c.firstComment() == null) {
            return;
        }
        Element fc = frame.child("div").cls("first-comment");
        fc.child("div").cls("fc-label").text("First comment");
        Element body = fc.child("div");
        body.child("bdi").cls("handle").text(c.accountName());
        body.text(" ");
        textBlock(body, c.firstComment(), c, NetworkLook.of(c.channel()));
        fc.add(lengthLine(c.firstComment()));
    }

    private static Element lengthLine(CardText t) {
        // "64/280 (X weighted length)" reads left to right even inside an Arabic card's frame
        Element d = Html.el("div").cls("length", t.over() ? "over" : "ok").attr("dir", "ltr");
        List<String> parts = new ArrayList<>();
        for (Measurement m : t.length()) {
            parts.add(m.describe());
        }
        d.text(String.join(" · ", parts));
        return d;
    }

    private void mediaBlock(Element parent, PreviewCard c) {
        if (c.media().isEmpty()) {
            return;
        }
        if (c.media().size() > 1 && NetworkLook.of(c.channel()).carousel()) {
            carousel(parent, c);
            return;
        }
        Element grid = parent.child("div").cls("media-grid", "n" + Math.min(c.media().size(), 4));
        for (MediaLine m : c.media()) {
            media(grid, m, false);
        }
    }

    /**
     * A carousel as the network shows it, one slide at a time, without a script: the slides scroll sideways (snapping
     * to each), every slide says which it is ("2/5"), and numbered links under it page to each slide (a fragment
     * link scrolls the strip to its slide).
     */
    private void carousel(Element parent, PreviewCard c) {
        int n = c.media().size();
        // the account, not the network: two Instagram accounts of one language had the same slide ids
        String prefix = anchors.get(c.postId()) + "-" + cssId(c.account()) + "-" + cssId(c.lang());
        Element box = parent.child("div").cls("carousel").attr("aria-roledescription", "carousel")
                .attr("aria-label", n + " slides");
        Element strip = box.child("div").cls("slides");
        for (int i = 0; i < n; i++) {
            Element slide = strip.child("div").cls("slide").attr("id", prefix + "-slide-" + (i + 1))
                    .attr("aria-roledescription", "slide").attr("aria-label", (i + 1) + " of " + n);
            slide.child("span").cls("slide-count").attr("dir", "ltr").text((i + 1) + "/" + n);
            media(slide, c.media().get(i), false);
        }
        Element pager = box.child("div").cls("pager").attr("dir", "ltr");
        for (int i = 0; i < n; i++) {
            pager.child("a").cls("page").attr("href", "#" + prefix + "-slide-" + (i + 1))
                    .attr("aria-label", "slide " + (i + 1) + " of " + n).text(Integer.toString(i + 1));
        }
    }

    private void media(Element parent, MediaLine m, boolean fill) {
        Element fig = parent.child("figure").cls("media", fill ? "fill" : null);
        Element box = fig.child("div").cls("crop");
        if (!fill && m.shown() != null) {
            box.aspectRatio(m.shown().width(), m.shown().height());
        }
        String src = m.isVideo() ? null : media.src(m);
        if (src != null) {
            box.child("img").attr("src", src).attr("alt", m.alt() == null ? "" : m.alt()).attr("loading", "lazy");
        } else {
            // a path that leads out of the project is not read at all: "not shown" (the note says why), not "missing"
            String why = m.note() != null && m.note().startsWith("not shown") ? " (not shown)"
                    : m.exists() ? "" : " (file not found)";
            box.cls("placeholder").child("span").text((m.isVideo() ? "▶ video " : "image ") + m.file() + why);
        }
        Element cap = fig.child("figcaption").cls(m.alt() == null ? "no-alt" : "alt");
        if (m.alt() == null) {
            cap.text("no alt text");
        } else {
            cap.child("span").cls("alt-label").text("ALT");
            cap.text(" ");
            cap.child("span").attr("dir", "auto").text(m.alt());
        }
    }

    /** The text with its entities, folded as the network folds it: a "… more" that opens to the rest. */
    private void textBlock(Element parent, CardText t, PreviewCard c, NetworkLook look) {
        Element div = parent.child("div").cls("text").attr("dir", "auto");
        if (t.text().isEmpty()) {
            div.cls("empty").text("(no text)");
            return;
        }
        if (!t.folded()) {
            spans(div, t.text(), 0, t.text().length(), t.entities(), c);
            return;
        }
        String visible = t.visible();
        spans(div, t.text(), 0, visible.length(), t.entities(), c);
        Element more = div.child("details").cls("more");
        // the label is the network's interface, in English: kept whole in a right-to-left card ("…see more" was split)
        more.child("summary").attr("dir", "ltr").text(look.more());
        Element rest = more.child("span").cls("rest");
        rest.text(t.text().substring(visible.length(), t.hiddenStart())); // what the fold cut at: a space, a line break
        spans(rest, t.text(), t.hiddenStart(), t.text().length(), t.entities(), c);
    }

    /** {@code text[from, to)} as text nodes and entity elements. */
    private static void spans(Element parent, String text, int from, int to, List<Entity> entities, PreviewCard c) {
        int pos = from;
        for (Entity e : entities) {
            int s = Math.max(e.start(), pos);
            int end = Math.min(e.end(), to);
            if (s >= end || e.start() < pos) {
                continue;
            }
            parent.text(text.substring(pos, s));
            String piece = text.substring(s, end);
            switch (e.kind()) {
                // each entity is its own direction run (an isolate): "#DarLkhobz" after Arabic text stays
                // "#DarLkhobz", not "DarLkhobz#"; an Arabic hashtag keeps its right-to-left order
                case HASHTAG -> parent.child("span").cls("hashtag").attr("dir", "auto").text(piece);
                case MENTION -> parent.child("span").cls("mention").attr("dir", "auto").text(piece);
                case URL -> {
                    String href = c.network().linksClickable() ? Html.safeUrl(hrefOf(e.value())) : null;
                    if (href != null) {
                        parent.child("a").cls("url").attr("dir", "ltr").attr("href", href)
                                .attr("rel", "nofollow noopener noreferrer").text(piece);
                    } else {
                        parent.child("span").cls("url-plain").attr("dir", "ltr").text(piece);
                    }
                }
            }
            pos = end;
        }
        if (pos < to) {
            parent.text(text.substring(pos, to));
        }
    }

    /** A URL found without a scheme ({@code atlas.com/ete}) links with https. */
    private static String hrefOf(String url) {
        return url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? url : "https://" + url;
    }

    private static String shortName(String channel) {
        return switch (channel) {
            case "x" -> "X";
            case "instagram" -> "IG";
            case "facebook" -> "FB";
            case "linkedin" -> "in";
            case "threads" -> "Th";
            case "bluesky" -> "Bs";
            case "mastodon" -> "M";
            case "tiktok" -> "TT";
            case "youtube" -> "YT";
            case "pinterest" -> "P";
            default -> channel.length() <= 2 ? channel : channel.substring(0, 2);
        };
    }

    /** A network id as a CSS class part (ids are [a-z0-9-] in the registry; anything else is dropped). */
    private static String cssId(String id) {
        if (id == null) {
            return "none"; // a post of no language (a project without languages:)
        }
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "other" : s;
    }

    private static String loadCss() {
        try (InputStream in = HtmlPreview.class.getResourceAsStream("preview.css")) {
            if (in == null) {
                throw new IllegalStateException("preview.css missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
