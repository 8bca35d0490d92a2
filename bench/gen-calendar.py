#!/usr/bin/env python3
"""Writes a synthetic edito project for benchmarking `edito check`.

    bench/gen-calendar.py OUT_DIR [--posts 10000] [--terms 200] [--seed 7] [--per-day N]

The project has one brand in fr/ar/en, a charter with --terms vocabulary terms (forbidden and required, in the
three languages, some scoped to a campaign or a language), and --posts posts of 4 channels each, spread over
monthly calendar files. Posts look like the real ones of examples/atlas-air: CommonMark emphasis, links with and
without UTM parameters, hashtags, mentions, emoji (ZWJ families, flags, skin tones), Arabic with diacritics,
French elision, channel variants, translations with their own variants, threads, first comments and alt texts.
A small share of posts breaks a rule (forbidden term, too long for X, missing disclosure...), so that the checker
has findings to report, as on a real calendar.

Python 3 standard library only; the output is a function of the arguments (seeded random generator).
"""
import argparse
import os
import random
import struct
import zlib
from datetime import datetime, timedelta

SHORT_NETWORKS = ("x", "bluesky")
NETWORKS = ["x", "instagram", "facebook", "linkedin", "threads", "bluesky", "mastodon", "tiktok"]

FR_WORDS = ("vol escale lagune désert médina océan hiver été soleil plage montagne cabine équipage hublot bagage "
            "billet réservation départ arrivée voyage famille enfant ville souk riad jardin terrasse thé menthe "
            "couscous tajine surf vague dune étoile nuit matin soir route ligne destination découverte horizon "
            "Casablanca Marrakech Agadir Dakhla Fès Tanger Essaouira Ouarzazate Rabat Chefchaouen").split()
EN_WORDS = ("flight stopover lagoon desert medina ocean winter summer sun beach mountain cabin crew window bag "
            "ticket booking departure arrival trip family child city souk riad garden terrace tea mint couscous "
            "tagine surf wave dune star night morning evening route line destination discovery horizon "
            "Casablanca Marrakech Agadir Dakhla Fes Tangier Essaouira Ouarzazate Rabat Chefchaouen").split()
AR_WORDS = ("رحلة توقف بحيرة صحراء مدينة محيط شتاء صيف شمس شاطئ جبل مقصورة طاقم نافذة حقيبة تذكرة حجز "
            "مغادرة وصول سفر عائلة طفل سوق رياض حديقة شرفة شاي نعناع كسكس طاجين موجة كثيب نجمة ليل صباح "
            "مساء طريق خط وجهة اكتشاف أفق الدار البيضاء مراكش أكادير الداخلة فاس طنجة الصويرة").split()
WORDS = {"fr": FR_WORDS, "en": EN_WORDS, "ar": AR_WORDS}

FR_LEAD = ["Nouvelle ligne ✈️", "Bon plan 🌞", "Cette semaine 🧳", "À découvrir 🏜️", "L’équipage vous attend 👩‍✈️",
           "Souvenirs d’hiver ❄️", "En famille 👨‍👩‍👧‍👦", "Escale à l’aube 🌅", "Cap au sud 🇲🇦", "Merci 👍🏽"]
EN_LEAD = ["New route ✈️", "Good deal 🌞", "This week 🧳", "Discover 🏜️", "Our crew is waiting 👩‍✈️",
           "Winter memories ❄️", "With the family 👨‍👩‍👧‍👦", "Dawn stopover 🌅", "Heading south 🇲🇦", "Thank you 👍🏽"]
AR_LEAD = ["خط جديد ✈️", "عرض رائع 🌞", "هذا الأسبوع 🧳", "اكتشفوا 🏜️", "طاقمنا في انتظاركم 👩‍✈️",
           "ذكريات الشتاء ❄️", "مع العائلة 👨‍👩‍👧‍👦", "توقف عند الفجر 🌅", "نحو الجنوب 🇲🇦", "شكراً 👍🏽"]
LEAD = {"fr": FR_LEAD, "en": EN_LEAD, "ar": AR_LEAD}
CLOSE = {"fr": ["Réservez dès maintenant dans l’appli.", "Conditions sur le site.", "À très vite à bord !",
                "Plus d’infos sur le site.", "Dites-nous où vous partez 👇"],
         "en": ["Book now in the app.", "Terms apply, see the site.", "See you on board!",
                "More on the website.", "Tell us where you are going 👇"],
         "ar": ["احجزوا الآن عبر التطبيق.", "تطبق الشروط، التفاصيل على الموقع.", "نراكم على متن الطائرة!",
                "مَرْحَبًا بِكُمْ على متن رحلاتنا.", "أخبرونا إلى أين تسافرون 👇"]}
HASHTAGS = ["#AtlasAir", "#Dakhla", "#Marrakech", "#VoyageAuMaroc", "#SoldesHiver", "#NosÉquipages", "#VisitMorocco",
            "#المغرب", "#سفر", "#travelgram", "#Surf", "#Desert"]
CAMPAIGNS = ["winter-sale", "dakhla-route", "summer", None, None, None]
EMOJI = ["🐪", "🌴", "🇲🇦", "👩🏽‍✈️", "🧕🏾", "❤️", "🔥", "✨", "🏄‍♀️"]
SHORT = ["bit.ly/3xYz", "https://t.co/abc123"]

# Vocabulary terms: (term, language) pairs; a French multi-word term, elided forms and Arabic with the article.
FR_TERMS = ["pas cher", "low cost", "rabais", "bradé", "promo choc", "gratuit", "dernière minute", "imbattable",
            "meilleur prix", "offre exceptionnelle", "vol sec", "sans frais", "à saisir", "ultra", "incroyable",
            "révolutionnaire", "exclusivité", "hyper", "méga", "top", "dingue", "bon marché", "soldé", "liquidation"]
EN_TERMS = ["cheap", "no-frills", "budget", "bargain", "unbeatable", "best price", "last minute", "free", "deal",
            "mega", "amazing", "incredible", "crazy", "insane", "limited time", "steal", "discount", "clearance"]
AR_TERMS = ["رخيص", "مجاني", "تخفيض", "عرض خاص", "الأفضل", "لا يفوت", "حصري", "مذهل", "فرصة", "آخر لحظة",
            "ثمن بخس", "أرخص"]


REQUIRED = {"fr": ["conditions", "sous réserve de disponibilité", "prix TTC", "hors bagages", "offre valable"],
            "en": ["terms apply", "subject to availability", "taxes included", "baggage extra", "offer valid"],
            "ar": ["تطبق الشروط", "حسب التوفر", "شامل الضرائب", "الأمتعة غير مشمولة", "العرض صالح"]}


def terms(n, rng):
    """n vocabulary entries: (term, language, required); about 15 % required phrases, the rest forbidden words."""
    n_required = max(1, n * 15 // 100)
    required = [(t, lang, True) for lang in REQUIRED for t in REQUIRED[lang]]
    out = []
    i = 0
    while len(out) < n_required:  # the same phrase for several campaigns: a term per (phrase, campaign)
        out.append(required[i % len(required)])
        i += 1
    base = [(t, "fr") for t in FR_TERMS] + [(t, "en") for t in EN_TERMS] + [(t, "ar") for t in AR_TERMS]
    i = 0
    while len(out) < n:
        term, lang = base[i % len(base)]
        if i >= len(base):  # more terms than the base lists: two-word terms made of a base term and a real word
            w = rng.choice(WORDS[lang])
            term = f"{term} {w}" if lang != "ar" else f"{w} {term}"
        out.append((term, lang, False))
        i += 1
    return out


def yq(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def link(rng, lang, channel, campaign, post_no):
    if rng.random() < 0.03:
        return rng.choice(SHORT)
    path = f"{'' if lang == 'fr' else lang + '/'}{rng.choice(['offres', 'vols', 'destinations', 'soldes'])}/{post_no}"
    q = f"utm_source={channel if channel else 'instagram'}&utm_medium=social&utm_campaign={campaign or 'always-on'}"
    scheme = "http" if rng.random() < 0.02 else "https"
    return f"{scheme}://atlas.example/{path}?{q}"


def sentence(rng, lang, n):
    words = [rng.choice(WORDS[lang]) for _ in range(n)]
    if lang == "fr" and rng.random() < 0.5:
        words.insert(0, rng.choice(["l’avion", "d’hiver", "l'escale", "qu’on", "jusqu’au"]))
    if lang == "ar" and rng.random() < 0.5:
        words.append(rng.choice(["وَالرِّحْلَة", "بالطائرة", "للسفر", "الشَّمْس"]))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def text(rng, lang, post_no, channel, campaign, vocab, flaws, required, short=False, long=False):
    """A post text; short for X and Bluesky variants. Required terms of the campaign are there most of the time."""
    parts = [rng.choice(LEAD[lang]) + " " + sentence(rng, lang, rng.randint(4, 8) if short else rng.randint(6, 14))]
    if rng.random() < 0.4:
        parts[0] = parts[0].replace(" ", " **", 1) + "**" if lang != "ar" else parts[0]
    for _ in range(0 if short else rng.randint(1, 3) + (6 if long else 0)):
        parts.append(sentence(rng, lang, rng.randint(5, 12)))
    for term in required.get((lang, campaign), []):
        if rng.random() < 0.97:
            parts.append(term[0].upper() + term[1:] + ".")
    if rng.random() < 0.2:
        parts.append(" ".join(rng.sample(EMOJI, 3)))
    if rng.random() < 0.08:
        term = rng.choice([t for t, l, req in vocab if l == lang and not req])
        parts.append(f"{term.upper() if rng.random() < 0.3 else term} !" if lang == "fr" else term + "!")
    if flaws and rng.random() < 0.03:
        parts.append("VRAIMENT INCROYABLE!!!" if lang != "ar" else "رائع!!!")
    if channel is not None or rng.random() < 0.1:
        parts.append(rng.choice(CLOSE[lang]) + " " + link(rng, lang, channel, campaign, post_no))
    else:
        parts.append(rng.choice(CLOSE[lang]))
    if rng.random() < 0.1:
        parts.append(rng.choice(["@atlasair", "@atlas@mastodon.example", "@onmt.bsky.social"]))
    tags = ["#AtlasAir"] + rng.sample(HASHTAGS[1:], rng.choice([0, 0, 0, 1, 1, 2]) if short else rng.choice([0, 0, 1, 1, 2, 3]))
    if rng.random() < 0.01:
        tags.append("#lowcost")
    parts.append(" ".join(tags))
    return "\n".join(parts)


def png(path, w, h):
    """A tiny valid grey PNG of w x h pixels (the checker reads the header only)."""
    raw = b"".join(b"\x00" + b"\x80" * w for _ in range(h))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--terms", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-day", type=float, default=None,
                    help="posts a day, evenly spaced from 07:00 to 23:00 (default: 1 to 4 hours apart, about 7 a day)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    os.makedirs(os.path.join(out, "calendar"), exist_ok=True)
    os.makedirs(os.path.join(out, "assets"), exist_ok=True)
    png(os.path.join(out, "assets", "square-1080.png"), 1080, 1080)
    png(os.path.join(out, "assets", "portrait-1080x1350.png"), 1080, 1350)

    with open(os.path.join(out, "edito.yaml"), "w", encoding="utf-8") as f:
        f.write("# Generated by bench/gen-calendar.py: a large calendar for benchmarking edito check.\n"
                "brand: bench-air\ntimezone: Africa/Casablanca\nlanguages: [fr, ar, en]\n"
                "calendar: calendar/\ncharter: charter.yaml\nchannels:\n")
        for n in NETWORKS:
            f.write(f"  {n}: {{ handle: \"@bench{n}\" }}\n")

    vocab = terms(args.terms, rng)
    required = {}  # (lang, campaign) -> required terms
    with open(os.path.join(out, "charter.yaml"), "w", encoding="utf-8") as f:
        f.write(f"# Generated by bench/gen-calendar.py: {args.terms} vocabulary terms.\nvocabulary:\n  forbidden:\n")
        for term, lang, _ in [v for v in vocab if not v[2]]:
            sev = rng.choice(["error", "warning", "info"])
            f.write(f"    - {{ term: {yq(term)}, suggest: {yq('autre chose' if lang == 'fr' else 'something else')}, "
                    f"severity: {sev}{', languages: [' + lang + ']' if rng.random() < 0.5 else ''} }}\n")
        f.write("  required:\n")
        campaigns = ["winter-sale", "dakhla-route", "summer"]
        for k, (term, lang, _) in enumerate([v for v in vocab if v[2]]):
            camp = campaigns[k // len(REQUIRED[lang]) // len(REQUIRED) % len(campaigns)]
            required.setdefault((lang, camp), []).append(term)
            f.write(f"    - {{ term: {yq(term)}, languages: [{lang}], campaigns: [{camp}], severity: warning }}\n")
        f.write('hashtags:\n  max: { instagram: 5, x: 2, threads: 1 }\n  required: ["#AtlasAir"]\n'
                '  forbidden: ["#lowcost", "#cheapflights"]\n  camel_case: true\n'
                'disclosure: { fr: "#sponsorisé", en: "#ad", ar: "#إعلان" }\n'
                'links: { https: true, domains: [atlas.example], utm: required, shorteners: forbidden }\n'
                'style: { max_emoji: 6 }\n'
                'schedule:\n  windows:\n    instagram: { mon-fri: "11:00-14:00,18:00-21:00", sat-sun: "10:00-22:00" }\n'
                '    x: { mon-sun: "07:00-23:00" }\n'
                '  blackout:\n    - { from: 2027-12-31, to: 2028-01-01, reason: "réveillon" }\n'
                '  min_gap: { x: 2h, default: 1h }\n  max_per_day: { default: 12 }\n  approval_lead: 24h\n'
                'media: { alt_required: true }\n')

    start = datetime(2027, 1, 1, 7, 0)
    per_file = {}
    t = start
    statuses = ["approved"] * 6 + ["scheduled"] * 2 + ["review", "draft"]
    for i in range(args.posts):
        if args.per_day:
            t = start + timedelta(days=int(i / args.per_day), minutes=int(i % args.per_day * 16 * 60 / args.per_day))
        else:
            t += timedelta(minutes=rng.choice([60, 90, 120, 150, 180, 240]))
        if t.hour >= 23 or t.hour < 7:
            t = t.replace(hour=7, minute=rng.choice([0, 30])) + (timedelta(days=1) if t.hour >= 23 else timedelta())
        channels = rng.sample(NETWORKS, 4)
        campaign = rng.choice(CAMPAIGNS)
        lines = [f"  - id: p{i:05d}", f"    at: {t:%Y-%m-%d %H:%M}", f"    channels: [{', '.join(channels)}]",
                 f"    status: {rng.choice(statuses)}"]
        if campaign:
            lines.append(f"    campaign: {campaign}")
        paid = rng.random() < 0.05
        if paid:
            lines.append("    paid: true")
        texts = {}
        for lang in ["fr", "en", "ar"]:
            body = text(rng, lang, i, None, campaign, vocab, True, required, long=rng.random() < 0.02)
            if paid and rng.random() < 0.8:
                body += " " + {"fr": "#sponsorisé", "en": "#ad", "ar": "#إعلان"}[lang]
            texts[lang] = body
        lines.append(f"    text: {yq(texts['fr'])}")
        if rng.random() < 0.5:
            img = rng.choice(["assets/square-1080.png", "assets/portrait-1080x1350.png"])
            lines += ["    media:", f"      - file: {img}",
                      f"        alt: {yq(sentence(rng, 'fr', 8))}"]
            alts = {lang: sentence(rng, lang, 8) for lang in ["en", "ar"]}
        else:
            alts = None
        if rng.random() < 0.1:
            lines.append(f"    first_comment: {yq(sentence(rng, 'fr', 10))}")
        if "x" in channels:
            if rng.random() < 0.1:
                lines.append("    thread:")
                for _ in range(2):
                    lines.append(f"      - {yq(sentence(rng, 'fr', 12))}")
        # X and Bluesky get their own short text with their own link (almost) always, as on a real calendar
        variant_channels = [c for c in channels if (c in ("x", "bluesky") and rng.random() < 0.95)
                            or (c in ("facebook", "linkedin", "mastodon") and rng.random() < 0.3)]
        if variant_channels:
            lines.append("    variants:")
            for c in variant_channels:
                lines.append(f"      {c}:")
                lines.append(f"        text: {yq(text(rng, 'fr', i, c, campaign, vocab, False, required, short=c in SHORT_NETWORKS))}")
        lines.append("    translations:")
        for lang in ["en", "ar"]:
            if rng.random() < 0.02:
                continue  # a missing translation: languages.translation
            lines.append(f"      {lang}:")
            lines.append(f"        text: {yq(texts[lang])}")
            if alts:
                lines.append(f"        media: [ {{ alt: {yq(alts[lang])} }} ]")
            if variant_channels:
                lines.append("        variants:")
                for c in variant_channels:
                    lines.append(f"          {c}: {{ text: {yq(text(rng, lang, i, c, campaign, vocab, False, required, short=c in SHORT_NETWORKS))} }}")
        per_file.setdefault(f"{t:%Y-%m}", []).append("\n".join(lines))

    for month, posts in per_file.items():
        with open(os.path.join(out, "calendar", month + ".yaml"), "w", encoding="utf-8") as f:
            f.write(f"# Generated by bench/gen-calendar.py: {len(posts)} posts of {month}.\ndefaults:\n  lang: fr\n"
                    "posts:\n")
            f.write("\n\n".join(posts))
            f.write("\n")


if __name__ == "__main__":
    main()
