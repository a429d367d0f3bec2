package org.banli.core.internal.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of notifications: {@code etc/banli-messages.properties} as the county edits it,
 * read again when it changes, over the built-in texts shipped in this bundle.
 */
public final class MessageTemplates {

    static final String FILE = "banli-messages.properties";
    private static final Logger LOG = LoggerFactory.getLogger(MessageTemplates.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Properties BUILT_IN = builtIn();

    private final Path file;
    private volatile Edited edited = new Edited(null, new Properties());

    /** A message's two texts. */
    record Text(String subject, String body) {}

    private record Edited(FileTime modified, Properties texts) {}

    MessageTemplates(Path file) {
        this.file = file;
    }

    /** The county's file under {@code karaf.etc}; the built-in texts alone where there is none (tests). */
    public static MessageTemplates ofInstallation() {
        String etc = System.getProperty("karaf.etc");
        return new MessageTemplates(etc == null ? null : Path.of(etc, FILE));
    }

    Text render(String key, Map<String, String> values) {
        return new Text(fill(text(key + ".subject"), values), fill(text(key + ".body"), values));
    }

    private String text(String key) {
        String edited = current().getProperty(key);
        String text = edited != null ? edited : BUILT_IN.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no message text " + key);
        }
        return text;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        return matcher.appendTail(filled).toString();
    }

    /** The edited texts, read again when the file changed; a file that cannot be read leaves the last good one. */
    private Properties current() {
        if (file == null) {
            return edited.texts();
        }
        try {
            FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            Edited known = edited;
            if (modified == null ? known.modified() == null : modified.equals(known.modified())) {
                return known.texts();
            }
            Properties texts = new Properties();
            if (modified != null) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
                LOG.info("消息模板已读取 (message texts read): {} ({} texts)", file, texts.size());
            }
            edited = new Edited(modified, texts);
            return texts;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("消息模板无法读取，沿用原有文字 (message texts not read, the previous ones stay): {}", e.toString());
            return edited.texts();
        }
    }

    private static Properties builtIn() {
        Properties texts = new Properties();
        try (InputStream in = MessageTemplates.class.getResourceAsStream(FILE)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
