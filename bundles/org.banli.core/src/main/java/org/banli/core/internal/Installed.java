package org.banli.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one kind installed right now (channels, formats or rules), by the name each gives
 * itself. A plugin whose service property names it otherwise than its {@code id()} is refused and
 * logged: the plugin list and the configuration read the property, every lookup the id, and the two
 * must never disagree. A plugin of a name already installed replaces it (an updated bundle).
 */
public final class Installed<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Installed.class);

    private final String kind;
    private final String nameProperty;
    private final Function<T, String> id;
    private final Map<String, T> byName = new ConcurrentSkipListMap<>();

    /**
     * @param kind         what the plugins are, for the log ("notification channel")
     * @param nameProperty the service property that names each one
     */
    public Installed(String kind, String nameProperty, Function<T, String> id) {
        this.kind = kind;
        this.nameProperty = nameProperty;
        this.id = id;
    }

    /** @return whether the plugin was taken (refused when its names disagree) */
    public boolean add(T plugin, Map<String, ?> properties) {
        String name = id.apply(plugin);
        Object declared = properties.get(nameProperty);
        if (name == null || !name.equals(declared)) {
            LOG.error(
                    "{} {} refused: its service property {} names it {}; the two must be the same",
                    kind,
                    name,
                    nameProperty,
                    declared);
            return false;
        }
        if (byName.put(name, plugin) != null) {
            LOG.info("{} {} replaced", kind, name);
        }
        return true;
    }

    /** @return whether it was the one installed under its name (a replaced one leaves nothing to remove) */
    public boolean remove(T plugin) {
        String name = id.apply(plugin);
        boolean[] removed = {false};
        if (name != null) {
            // The very instance, not an equal one: DS unbinds the service object it bound.
            byName.computeIfPresent(name, (key, current) -> {
                removed[0] = current == plugin;
                return removed[0] ? null : current;
            });
        }
        return removed[0];
    }

    public Optional<T> get(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** In name order. */
    public List<T> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public String toString() {
        return kind + " " + Objects.toString(byName.keySet());
    }
}
