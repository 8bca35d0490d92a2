package io.edito.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts read from the exports of one report, so that a post found again in a later export (two overlapping
 * periods downloaded: Meta's "Jan 14 - Apr 14" and "Mar 18 - Apr 14", a weekly "last 28 days") is counted once,
 * with the figures of the first export read that holds it; the later export's row is skipped and told.
 * <p>
 * A post is known by its network and its id, and by its network and its permalink (as {@link Permalinks#key} compares
 * links: {@code http://twitter.com/a/status/1/} is {@code https://x.com/a/status/1}): a row is a post read before when
 * its id was read from an earlier export, or its permalink was and one of the two rows has no id (an export re-saved
 * by a spreadsheet, its ids rounded, still matches the original by its links; two rows with ids are the same post only
 * when their ids are, whatever links they give). A post with neither is never taken for another. Ids that a
 * spreadsheet rounded ({@code 6.49E+17}) are not compared: many posts share one.
 * Rows of one export are not compared with each other (an export is one period: a post twice in it is the export's
 * own business, as before). Each key is remembered as a 64-bit fingerprint in an open-addressing table (12 bytes a
 * slot, the table at most half full: 24 to 48 bytes a key, one or two keys a post, not their strings), and only while an export
 * remains to be read: a report of one file remembers nothing. Two different keys share a fingerprint with a chance
 * of about n²/2⁶⁵ for n keys (one in about 37 million for a million keys, about 1 in 9 million for a million posts
 * that each give an id and a link).
 */
public final class PostsSeen {
    /** The {@code skipReasons} key of a row skipped as a post read before. */
    public static final String REASON = "post in an earlier export";

    /** In {@link #fileOf}, beside the export's number: a permalink whose post had an id in that export. */
    private static final int WITH_ID = 1;

    private final List<Path> files = new ArrayList<>();
    private long[] prints = new long[1024];
    /** By slot: the number of the export that holds the key, shifted left by one, and {@link #WITH_ID}. */
    private int[] fileOf = new int[1024];
    private int size;

    /**
     * The reading of the next export, {@code file}: its posts are compared with those of the exports read before it.
     *
     * @param last whether no export is read after it (then its posts need not be remembered)
     */
    public Export next(Path file, boolean last) {
        files.add(file);
        return new Export(files.size() - 1, !last);
    }

    /** One export's side: which of its posts were read before, and from where. */
    public final class Export {
        private final int number;
        private final boolean remember;
        /** By the number of an earlier export: how many of this export's posts it held. */
        private final long[] repeats;

        private Export(int number, boolean remember) {
            this.number = number;
            this.remember = remember;
            this.repeats = new long[number];
        }

        /**
         * Whether {@code p} was read from an earlier export (and counted there); if not, it is remembered as read
         * from this one.
         */
        public boolean readBefore(PostMetrics p) {
            long byId = p.postId() != null && !ExportRowMapper.looksRounded(p.postId())
                    ? fingerprint(p.network(), 'i', p.postId()) : 0;
            if (!remember && size == 0) {
                return false; // the only export, or none before it held a post: nothing to compare with
            }
            long byLink = p.permalink() != null ? fingerprint(p.network(), 'u', Permalinks.key(p.permalink())) : 0;
            if (byId == 0 && byLink == 0) {
                return false;
            }
            int idSlot = byId == 0 ? -1 : slotOf(byId);
            int linkSlot = byLink == 0 ? -1 : slotOf(byLink);
            int earlier = earlierExport(idSlot);
            if (earlier < 0 && linkSlot >= 0 && !(byId != 0 && (fileOf[linkSlot] & WITH_ID) != 0)) {
                earlier = earlierExport(linkSlot); // by link, unless both rows have ids: then the ids decide
            }
            if (earlier >= 0) {
                repeats[earlier]++;
                return true;
            }
            if (remember) {
                boolean newLink = linkSlot >= 0 && prints[linkSlot] == 0;
                if (idSlot >= 0 && prints[idSlot] == 0) {
                    keep(byId, 0);
                }
                if (newLink) {
                    keep(byLink, byId != 0 ? WITH_ID : 0); // looked up again: the id may have taken its slot
                }
            }
            return false;
        }

        /** The export that holds the key of {@code slot}, when it is an earlier one than this; else -1. */
        private int earlierExport(int slot) {
            return slot >= 0 && prints[slot] != 0 && fileOf[slot] >>> 1 != number ? fileOf[slot] >>> 1 : -1;
        }

        /** Remembers {@code print} as read from this export, with {@code flags} ({@link #WITH_ID}). */
        private void keep(long print, int flags) {
            int slot = slotOf(print);
            if (prints[slot] != 0) {
                return;
            }
            prints[slot] = print;
            fileOf[slot] = number << 1 | flags;
            if (++size * 2 > prints.length) {
                grow();
            }
        }

        /** How many of this export's posts were read before. */
        public long repeated() {
            return java.util.Arrays.stream(repeats).sum();
        }

        /** For each earlier export holding some of this one's posts, a note saying how many and where they counted. */
        public List<String> notes() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < repeats.length; i++) {
                if (repeats[i] > 0) {
                    out.add(repeats[i] + " post(s) also in " + files.get(i) + ", read before this file (overlapping"
                            + " exports): counted once, with that file's figures; skipped here");
                }
            }
            return out;
        }
    }

    /** The slot of {@code print}: where it is, or the empty slot where it would go. */
    private int slotOf(long print) {
        int mask = prints.length - 1;
        int i = (int) print & mask;
        while (prints[i] != 0 && prints[i] != print) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldPrints = prints;
        int[] oldFiles = fileOf;
        prints = new long[oldPrints.length * 2];
        fileOf = new int[oldPrints.length * 2];
        for (int i = 0; i < oldPrints.length; i++) {
            if (oldPrints[i] != 0) {
                int slot = slotOf(oldPrints[i]);
                prints[slot] = oldPrints[i];
                fileOf[slot] = oldFiles[i];
            }
        }
    }

    /**
     * A 64-bit fingerprint of (network, kind of key, key): FNV-1a over their chars with a separator, then MurmurHash3's
     * final mix so that every bit of it depends on every char; never 0 (the table's empty slot).
     */
    static long fingerprint(String network, char kind, String key) {
        long h = 0xcbf29ce484222325L;
        if (network != null) {
            for (int i = 0; i < network.length(); i++) {
                h = (h ^ network.charAt(i)) * 0x100000001b3L;
            }
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L; // U+FFFF, a noncharacter: no network name holds it
        h = (h ^ kind) * 0x100000001b3L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
