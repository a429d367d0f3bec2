package org.banli.store.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Failed password checks under the keys the account service counts them by (an account from a client, a
 * client over all accounts), kept where every node sees them, so that spreading guesses over several nodes
 * gains a guesser nothing.
 */
public interface LoginFailureStore {

    /** How many checks failed under a key, and when the last one was counted. */
    record Failures(int count, Instant last) {
        public static final Failures NONE = new Failures(0, Instant.EPOCH);
    }

    /**
     * Replaces the key's failures ({@link Failures#NONE} when it has none) by what {@code change} makes of
     * them, atomically over all nodes: no other change of the key comes between the read and the write.
     * {@code change} may be called more than once and must have no other effect; a result with a count of
     * 0 deletes the key.
     *
     * @return the failures now stored
     */
    Failures change(String key, UnaryOperator<Failures> change);

    /** The failures of those of {@code keys} that have any. */
    Map<String, Failures> find(Collection<String> keys);

    /** Deletes the keys whose last failure is before {@code last}. */
    void forgetBefore(Instant last);
}
