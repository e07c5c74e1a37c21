package io.heartbeatmonitor.nats;

/**
 * How far the monitor's dispatcher may fall behind before jnats drops messages, and counts them.
 *
 * @param messages messages received but not yet handled
 * @param bytes their payload bytes
 */
public record PendingLimits(long messages, long bytes) {

    /**
     * A second of a 200,000-a-second flood. jnats' own default of 512 K messages and 64 MiB lets
     * overload pile up into long collection pauses; a smaller queue drops earlier, keeps the
     * monitor responsive, and the drops are counted and shown.
     */
    public static final PendingLimits DEFAULT = new PendingLimits(200_000, 96L * 1024 * 1024);

    public PendingLimits {
        if (messages < 1 || bytes < 1) {
            throw new IllegalArgumentException("pending limits must be positive");
        }
    }
}
