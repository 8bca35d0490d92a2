package io.edito.publish.bluesky;

/**
 * AT Protocol timestamp identifiers (TIDs): 64 bits, top bit 0, then 53 bits of microseconds since the Unix
 * epoch and 10 bits of clock id, written as 13 characters of base32-sortable. Bluesky post record keys are
 * TIDs; edito derives them from the scheduled time and the pair, so a repeated create is recognisable.
 */
public final class Tid {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final long MAX_MICROS = (1L << 53) - 1;

    private Tid() {
    }

    public static String encode(long micros, int clockId) {
        if (micros < 0 || micros > MAX_MICROS) {
            throw new IllegalArgumentException("timestamp out of TID range");
        }
        long v = (micros << 10) | (clockId & 0x3FF);
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (v & 31));
            v >>>= 5;
        }
        return new String(out);
    }

    public static long decode(String tid) {
        if (!isValid(tid)) {
            throw new IllegalArgumentException("not a TID: " + tid);
        }
        long v = 0;
        for (int i = 0; i < 13; i++) {
            v = (v << 5) | ALPHABET.indexOf(tid.charAt(i));
        }
        return v;
    }

    public static long micros(String tid) {
        return decode(tid) >>> 10;
    }

    static int clockId(String tid) {
        return (int) (decode(tid) & 0x3FF);
    }

    /** The TID {@code n} microseconds after {@code tid}, same clock id (the record key of thread item n). */
    public static String plus(String tid, int n) {
        return encode(micros(tid) + n, clockId(tid));
    }

    public static boolean isValid(String s) {
        return s != null && s.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    }
}
