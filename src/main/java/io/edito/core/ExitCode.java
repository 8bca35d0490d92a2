package io.edito.core;

/** The documented exit codes of every edito command (docs/exit-codes.md). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Checks failed: findings at or above the fail level, KPI targets missed, posts held back. */
    public static final int CHECKS_FAILED = 1;
    /** Usage or input error: bad option, unreadable, invalid or unknown file. */
    public static final int INPUT = 2;
    /** Runtime failure: network, lock, I/O. */
    public static final int RUNTIME = 3;

    private ExitCode() {
    }
}
