package org.banli.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;
import org.banli.api.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Banli's texts as the county edits them: {@code etc/banli-messages.properties} (Chinese: notifications,
 * refusals, field names) and {@code banli-messages_en.properties} (English), each read again when it
 * changes, over the built-in texts of {@link Text}. While the core runs, every text takes its words here.
 */
@Component(service = {})
public final class CountyWording implements Text.Edits {

    public static final String CHINESE_FILE = "banli-messages.properties";
    public static final String ENGLISH_FILE = "banli-messages_en.properties";
    private static final Logger LOG = LoggerFactory.getLogger(CountyWording.class);

    private final EditedFile chinese;
    private final EditedFile english;

    public CountyWording() {
        this(etc());
    }

    /** The files in {@code etc}; none at all where it is {@code null}. */
    public CountyWording(Path etc) {
        chinese = new EditedFile(etc == null ? null : etc.resolve(CHINESE_FILE));
        english = new EditedFile(etc == null ? null : etc.resolve(ENGLISH_FILE));
    }

    @Activate
    void start() {
        Text.useEdits(this);
    }

    @Deactivate
    void stop() {
        Text.useEdits(null);
    }

    @Override
    public String wording(String key, boolean inEnglish) {
        return (inEnglish ? english : chinese).current().getProperty(key);
    }

    private static Path etc() {
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : Path.of(etc);
    }

    /** One file's texts, read again when it changed; a file that cannot be read leaves the last good ones. */
    private static final class EditedFile {

        private record Read(FileTime modified, Properties texts) {}

        private final Path file;
        private volatile Read last = new Read(null, new Properties());

        EditedFile(Path file) {
            this.file = file;
        }

        Properties current() {
            if (file == null) {
                return last.texts();
            }
            try {
                FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
                Read known = last;
                if (modified == null ? known.modified() == null : modified.equals(known.modified())) {
                    return known.texts();
                }
                Properties texts = new Properties();
                if (modified != null) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        texts.load(reader);
                    }
                    LOG.info("文字已读取 (texts read): {} ({} texts)", file, texts.size());
                }
                last = new Read(modified, texts);
                return texts;
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("文字无法读取，沿用原有文字 (texts not read, the previous ones stay): {} {}", file, e.toString());
                return last.texts();
            }
        }
    }
}
