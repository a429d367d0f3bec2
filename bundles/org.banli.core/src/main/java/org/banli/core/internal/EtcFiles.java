package org.banli.core.internal;

import java.nio.file.Path;

/** The files a county edits beside its configuration, in the installation's {@code etc/}. */
public final class EtcFiles {

    private EtcFiles() {}

    /**
     * The file a setting names, else the one of this name in {@code etc/}; {@code null} outside Karaf (a test) when
     * the setting names none.
     */
    public static Path of(String configured, String defaultName) {
        if (!Texts.isBlank(configured)) {
            return Path.of(configured.strip());
        }
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : Path.of(etc, defaultName);
    }
}
