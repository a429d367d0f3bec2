package org.banli.api.archive;

import java.io.InputStream;
import java.io.OutputStream;
import org.banli.api.Actor;

/**
 * Backup, restore and moving a county's data: all of it, as one archive (a zip of JSON lines per
 * table, docs/archive/ in the repository), written online from one consistent read, and read back
 * only into an installation that holds no data yet — on any database Banli runs on. Administrators
 * only.
 */
public interface DataArchiveService {

    /** Writes every table to {@code out}, as of one moment, while Banli keeps working. */
    DataArchive export(Actor actor, OutputStream out);

    /**
     * Fills this installation from an archive, all in one transaction: refused, with nothing changed,
     * when the installation already has units, items or accounts besides its first administrator,
     * or when the archive is not one this Banli reads. The archive's accounts replace the first
     * administrator.
     */
    DataArchive restore(Actor actor, InputStream in);
}
