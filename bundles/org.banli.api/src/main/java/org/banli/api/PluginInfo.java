package org.banli.api;

/**
 * An installed plugin: a notification channel, a report format or an assessment rule.
 *
 * @param kind    {@code channel}, {@code format} or {@code rule}
 * @param name    its name, e.g. {@code email}
 * @param bundle  the bundle that provides it
 * @param version that bundle's version
 */
public record PluginInfo(String kind, String name, String bundle, String version) {}
