package org.banli.api.demo;

import org.banli.api.Actor;

/**
 * Demonstration data: a county's year in Chinese — units, accounts and items in every state —
 * made by driving the real workflow, so that everything in it passed the same rules as real work.
 */
public interface DemoService {

    /** Most items one call makes: a demonstration, not a load test. */
    int MAX_ITEMS = 2000;

    /**
     * Makes the units and accounts that are missing and {@code items} new items, spread over
     * every state of their life (administrators only).
     */
    DemoYear generate(Actor actor, int items);
}
