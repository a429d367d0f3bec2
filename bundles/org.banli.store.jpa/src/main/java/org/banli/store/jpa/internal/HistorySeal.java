package org.banli.store.jpa.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemStatus;

/**
 * The seal of a history entry: SHA-256 over the seal of the item's entry before it and every field
 * of this one (its id included, so that entries cannot trade places). Each field is written with
 * its length and whether it is null, so that no two different entries give the same bytes.
 */
final class HistorySeal {

    /** What the first sealed entry of an item follows. */
    static final String START = "";

    private HistorySeal() {}

    static String of(
            String previous,
            long entryId,
            long itemId,
            ItemAction action,
            String actor,
            Instant at,
            ItemStatus from,
            ItemStatus to,
            String reason) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        field(sha, previous);
        field(sha, Long.toString(entryId));
        field(sha, Long.toString(itemId));
        field(sha, action.name());
        field(sha, actor);
        // Milliseconds: what every database keeps of a time, whatever finer part Java had.
        field(sha, Long.toString(at.toEpochMilli()));
        field(sha, from == null ? null : from.name());
        field(sha, to.name());
        field(sha, reason);
        return HexFormat.of().formatHex(sha.digest());
    }

    static String of(String previous, ItemEventEntity entry) {
        return of(
                previous,
                entry.id,
                entry.item.id,
                entry.action,
                entry.actor,
                entry.at,
                entry.fromStatus,
                entry.toStatus,
                entry.reason);
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(5)
                .put((byte) (value == null ? 0 : 1))
                .putInt(bytes.length)
                .array());
        sha.update(bytes);
    }
}
