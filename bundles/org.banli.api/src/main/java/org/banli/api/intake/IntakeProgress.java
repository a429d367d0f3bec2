package org.banli.api.intake;

/** How far a preview has come through a large sheet, for a progress bar. */
@FunctionalInterface
public interface IntakeProgress {

    /** Tells nobody. */
    IntakeProgress NONE = (stage, done, total) -> {};

    /** What a preview does with the sheet, in order. */
    enum Stage {
        /** The rows read from the file. */
        READ,
        /** Rows matched to people, units and items registered before, and checked. */
        CHECKED,
        /** Rows compared with the registered items and with one another. */
        COMPARED
    }

    /**
     * @param done  rows done at this stage so far
     * @param total the rows this stage goes through
     */
    void progressed(Stage stage, int done, int total);
}
