package org.banli.store.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.banli.api.archive.DataArchive;

/** Every table of the store, written to and read from Banli's archive format. */
public interface ArchiveStore {

    /** Writes all tables from one read transaction. */
    DataArchive write(OutputStream out, Instant now);

    /**
     * Writes one item's file from one read transaction: the item, the items merged into it, the rows that hang
     * off them, and the rows they name (units, people, without credentials).
     *
     * @param item the item's number as people say it, for the manifest
     */
    DataArchive writeItemFile(long itemId, String item, OutputStream out, Instant now);

    /** Replaces an empty installation's data with the archive's, in one transaction; refuses otherwise. */
    DataArchive read(InputStream in);
}
