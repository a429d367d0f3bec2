package org.banli.store.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.banli.api.archive.DataArchive;

/** Every table of the store, written to and read from Banli's archive format. */
public interface ArchiveStore {

    /** Writes all tables from one read transaction. */
    DataArchive write(OutputStream out, Instant now);

    /** Replaces an empty installation's data with the archive's, in one transaction; refuses otherwise. */
    DataArchive read(InputStream in);
}
