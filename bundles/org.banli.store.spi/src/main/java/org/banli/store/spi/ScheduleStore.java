package org.banli.store.spi;

import java.time.Instant;

/**
 * Which node does a scheduled job's run. Every node runs the same schedules; one run per due time is
 * enough, so the first node to claim it does it and the others let it pass.
 */
public interface ScheduleStore {

    /**
     * Takes the run of {@code job} due at {@code due} for {@code node}, unless another node took it first.
     *
     * @return whether this node does the run
     */
    boolean claimRun(String job, Instant due, String node);
}
