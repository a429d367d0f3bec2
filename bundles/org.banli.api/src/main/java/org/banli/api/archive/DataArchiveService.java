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

    /**
     * Checks that {@code actor} may export (so that a refusal comes before the first byte), and answers what
     * writes every table, as of one moment, while Banli keeps working.
     */
    Export export(Actor actor);

    /**
     * Checks that {@code actor} may export the file of item {@code itemId} (the office and administrators),
     * and answers what writes it, in the same format: the item, the items merged into it, everything kept
     * about them, and the units and people they name, without credentials or private contact details. It
     * is how an item's whole file travels to another Banli (county, city, province) or to another system.
     */
    Export exportItem(Actor actor, long itemId);

    /**
     * Fills this installation from an archive, all in one transaction: refused, with nothing changed,
     * when the installation already has units, items or accounts besides its first administrator,
     * or when the archive is not one this Banli reads. The archive's accounts replace the first
     * administrator.
     */
    DataArchive restore(Actor actor, InputStream in);

    /** An export its actor was allowed. */
    interface Export {
        DataArchive writeTo(OutputStream out);

        /** For an item's file, the item's number as people say it (2026年建议第12号); null for all data. */
        default String item() {
            return null;
        }
    }
}
